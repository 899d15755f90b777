/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.txpool;

import io.twinchain.chain.txpool.HeadStateReader;
import io.twinchain.chain.txpool.SenderAccount;
import java.math.BigInteger;
import java.util.concurrent.ConcurrentHashMap;
import org.web3j.abi.datatypes.Address;

/** Head nonces in a map, moved on as the benchmark "mines", so the pool's own cost is measured. */
final class MapHeadState implements HeadStateReader {

  private static final BigInteger FUNDS = BigInteger.TEN.pow(24);

  private final ConcurrentHashMap<Address, Long> nonces = new ConcurrentHashMap<>();

  void advance(final Address sender, final long nextNonce) {
    nonces.put(sender, nextNonce);
  }

  @Override
  public SenderAccount account(final Address address) {
    return new SenderAccount(nonces.getOrDefault(address, 0L), FUNDS);
  }

  @Override
  public long blockGasLimit() {
    return 100_000_000L;
  }
}
