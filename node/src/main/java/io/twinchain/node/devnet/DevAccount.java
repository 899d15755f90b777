/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Keys;
import org.web3j.utils.Numeric;

/**
 * A prefunded devnet account. DEV ONLY: the private key is {@code
 * keccak256("twinchain-dev-<name>")} and therefore public (the same keys as {@code
 * network-config/keys/}); anyone can spend from it.
 *
 * @param name {@code account-1} ...
 * @param privateKey 0x-prefixed hex
 * @param address checksummed address
 */
public record DevAccount(String name, String privateKey, String address) {

  /** Balance of every dev account: 1,000,000 ether. */
  static final String BALANCE = "0xd3c21bcecceda1000000";

  /** The four prefunded dev accounts. */
  public static List<DevAccount> all() {
    return IntStream.rangeClosed(1, 4).mapToObj(i -> derive("account-" + i)).toList();
  }

  static DevAccount derive(final String name) {
    final byte[] key = Hash.sha3(("twinchain-dev-" + name).getBytes(StandardCharsets.UTF_8));
    final String hex = Numeric.toHexStringWithPrefixZeroPadded(Numeric.toBigInt(key), 64);
    return new DevAccount(name, hex, Keys.toChecksumAddress(Credentials.create(hex).getAddress()));
  }
}
