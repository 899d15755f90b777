/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.state;

import io.horizen.evm.Hash;
import io.horizen.evm.StateDB;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.web3j.abi.datatypes.Address;

/**
 * A Java-side view of account nonces, balances and code hashes on top of a libevm StateDB. Every
 * libevm call serialises JSON across JNA, so reading an account once and writing its changes in one
 * pass saves most of the calls a plain transfer would make. The owner flushes before anything else
 * reads or writes the StateDB (EVM execution, roots, commit) and forgets after anything else may
 * have changed it.
 */
final class AccountOverlay {

  private final StateDB db;
  private final Map<Address, OverlayAccount> accounts = new LinkedHashMap<>();
  private Map<Address, KnownAccount> committed;

  /**
   * An overlay on {@code db}, which is the committed state in which {@code committed} holds: what
   * the block that committed it knew, so consecutive blocks do not read the same accounts again.
   */
  AccountOverlay(final StateDB db, final Map<Address, KnownAccount> committed) {
    this.db = db;
    this.committed = committed;
  }

  long nonce(final Address account) {
    return entry(account).nonce(db);
  }

  void setNonce(final Address account, final long nonce) {
    entry(account).setNonce(nonce);
  }

  BigInteger balance(final Address account) {
    return entry(account).balance(db);
  }

  void setBalance(final Address account, final BigInteger wei) {
    entry(account).setBalance(wei);
  }

  void addBalance(final Address account, final BigInteger wei) {
    entry(account).addBalance(wei);
  }

  boolean hasCode(final Address account) {
    return entry(account).hasCode(db);
  }

  /**
   * Whether the account is in the trie but empty (EIP-161: no code, nonce 0, balance 0).
   * go-ethereum deletes such an account when a transaction touches it, which an overlay that only
   * records changes would not reproduce.
   */
  boolean isPresentAndEmpty(final Address account) {
    final OverlayAccount entry = entry(account);
    return !entry.codeHash(db).equals(Hash.ZERO)
        && !entry.hasCode(db)
        && entry.nonce(db) == 0
        && entry.balance(db).signum() == 0;
  }

  /** Writes every pending change to the StateDB; what was read stays known. */
  void flush() {
    for (final OverlayAccount account : accounts.values()) {
      account.flush(db);
    }
  }

  /** Flushes, then forgets everything read, since the StateDB may change behind the overlay. */
  void flushAndForget() {
    flush();
    accounts.clear();
    committed = Map.of();
  }

  /** Everything known, which holds in the StateDB after a {@link #flush()}. */
  Map<Address, KnownAccount> known() {
    final Map<Address, KnownAccount> known = new HashMap<>(committed);
    accounts.forEach((address, account) -> known.put(address, account.known()));
    return known;
  }

  private OverlayAccount entry(final Address account) {
    return accounts.computeIfAbsent(
        account,
        a ->
            new OverlayAccount(EvmTypes.toEvm(a), committed.getOrDefault(a, KnownAccount.NOTHING)));
  }
}
