/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.testsupport;

import io.twinchain.chain.types.Addresses;
import java.math.BigInteger;
import org.web3j.abi.datatypes.Address;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;

/** Deterministic secp256k1 keys for tests: key {@code i} is the private key {@code 0x1000 + i}. */
public final class TestKeys {

  private TestKeys() {}

  /** The credentials of test key {@code index}. */
  public static Credentials credentials(final int index) {
    return Credentials.create(ECKeyPair.create(BigInteger.valueOf(0x1000L + index)));
  }

  /** The address of test key {@code index}. */
  public static Address address(final int index) {
    return Addresses.fromHex(credentials(index).getAddress());
  }
}
