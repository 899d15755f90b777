/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.txpool;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.web3j.abi.datatypes.Address;

/** A head state held in a map, for pool tests that need no ledger. */
final class InMemoryHeadState implements HeadStateReader {

  static final long GAS_LIMIT = 30_000_000;

  private final Map<Address, SenderAccount> accounts = new HashMap<>();
  private final BigInteger defaultBalance;

  InMemoryHeadState(final BigInteger defaultBalance) {
    this.defaultBalance = defaultBalance;
  }

  void set(final Address address, final long nonce, final BigInteger balance) {
    accounts.put(address, new SenderAccount(nonce, balance));
  }

  @Override
  public synchronized SenderAccount account(final Address address) {
    return accounts.getOrDefault(address, new SenderAccount(0, defaultBalance));
  }

  @Override
  public long blockGasLimit() {
    return GAS_LIMIT;
  }
}
