/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.state;

import io.horizen.evm.StateDB;
import java.math.BigInteger;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.abi.datatypes.Address;

/**
 * The world state at one root, opened from a {@link WorldStateArchive}: accounts with nonce,
 * balance, code and storage. Changes are kept in memory until {@link #commit()} writes them to the
 * archive; closing without committing discards them. Not thread-safe; close it when done (it holds
 * a native handle).
 *
 * <p>Nonces, balances and code presence go through an {@link AccountOverlay}: read from libevm once
 * per account and written back in one pass before {@link #evmState()} hands out the StateDB and
 * before a root is computed, so that plain transfers cost a few libevm calls instead of a dozen.
 * What it knows at commit is handed to the archive, which seeds the next state opened at that root.
 */
public final class MutableWorldState implements AutoCloseable {

  private final StateDB stateDb;
  private final AccountOverlay overlay;
  private final BiConsumer<Bytes32, Map<Address, KnownAccount>> onCommit;

  MutableWorldState(
      final StateDB stateDb,
      final Map<Address, KnownAccount> known,
      final BiConsumer<Bytes32, Map<Address, KnownAccount>> onCommit) {
    this.stateDb = stateDb;
    this.overlay = new AccountOverlay(stateDb, known);
    this.onCommit = onCommit;
  }

  /**
   * The libevm state, consistent with every change made through this object. The caller may change
   * anything in it, so the overlay forgets what it read; do not hold it across other calls here.
   */
  public StateDB evmState() {
    overlay.flushAndForget();
    return stateDb;
  }

  /** Balance in wei. */
  public BigInteger balance(final Address account) {
    return overlay.balance(account);
  }

  /** Number of transactions sent (or contracts created) by the account. */
  public long nonce(final Address account) {
    return overlay.nonce(account);
  }

  /** Whether the account holds contract code. */
  public boolean hasCode(final Address account) {
    return overlay.hasCode(account);
  }

  /** Whether the account exists but is empty (no code, nonce 0, balance 0; EIP-161). */
  public boolean isPresentAndEmpty(final Address account) {
    return overlay.isPresentAndEmpty(account);
  }

  /** Contract code, empty for externally owned accounts. */
  public Bytes code(final Address account) {
    final byte[] code = stateDb.getCode(EvmTypes.toEvm(account));
    return code == null ? Bytes.EMPTY : Bytes.wrap(code);
  }

  /** The value of one storage slot. */
  public Bytes32 storage(final Address account, final Bytes32 slot) {
    return EvmTypes.fromEvm(stateDb.getStorage(EvmTypes.toEvm(account), EvmTypes.toEvm(slot)));
  }

  /** Sets the balance in wei. */
  public void setBalance(final Address account, final BigInteger wei) {
    overlay.setBalance(account, wei);
  }

  /** Adds {@code wei} (negative to subtract) to the balance, without reading it. */
  public void addBalance(final Address account, final BigInteger wei) {
    overlay.addBalance(account, wei);
  }

  /** Sets the nonce. */
  public void setNonce(final Address account, final long nonce) {
    overlay.setNonce(account, nonce);
  }

  /** Sets the contract code. */
  public void setCode(final Address account, final Bytes code) {
    evmState().setCode(EvmTypes.toEvm(account), code.toArray());
  }

  /** Sets one storage slot. */
  public void setStorage(final Address account, final Bytes32 slot, final Bytes32 value) {
    stateDb.setStorage(EvmTypes.toEvm(account), EvmTypes.toEvm(slot), EvmTypes.toEvm(value));
  }

  /** The root the state would have if committed now. */
  public Bytes32 rootHash() {
    overlay.flush();
    return EvmTypes.fromEvm(stateDb.getIntermediateRoot());
  }

  /** Writes the changes to the archive and returns the new root. */
  public Bytes32 commit() {
    overlay.flush();
    final Bytes32 root = EvmTypes.fromEvm(stateDb.commit());
    onCommit.accept(root, overlay.known());
    return root;
  }

  @Override
  public void close() {
    try {
      stateDb.close();
    } catch (final Exception e) {
      throw new IllegalStateException("closing the libevm state failed", e);
    }
  }
}
