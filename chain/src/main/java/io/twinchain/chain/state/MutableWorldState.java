/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.state;

import io.horizen.evm.StateDB;
import java.math.BigInteger;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.abi.datatypes.Address;

/**
 * The world state at one root, opened from a {@link WorldStateArchive}: accounts with nonce,
 * balance, code and storage. Changes are kept in memory until {@link #commit()} writes them to the
 * archive; closing without committing discards them. Not thread-safe; close it when done (it holds
 * a native handle).
 */
public final class MutableWorldState implements AutoCloseable {

  private final StateDB stateDb;

  MutableWorldState(final StateDB stateDb) {
    this.stateDb = stateDb;
  }

  /** The libevm state, for the execution package. */
  public StateDB evmState() {
    return stateDb;
  }

  /** Balance in wei. */
  public BigInteger balance(final Address account) {
    return stateDb.getBalance(EvmTypes.toEvm(account));
  }

  /** Number of transactions sent (or contracts created) by the account. */
  public long nonce(final Address account) {
    return stateDb.getNonce(EvmTypes.toEvm(account)).longValueExact();
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
    stateDb.setBalance(EvmTypes.toEvm(account), wei);
  }

  /** Sets the nonce. */
  public void setNonce(final Address account, final long nonce) {
    stateDb.setNonce(EvmTypes.toEvm(account), BigInteger.valueOf(nonce));
  }

  /** Sets the contract code. */
  public void setCode(final Address account, final Bytes code) {
    stateDb.setCode(EvmTypes.toEvm(account), code.toArray());
  }

  /** Sets one storage slot. */
  public void setStorage(final Address account, final Bytes32 slot, final Bytes32 value) {
    stateDb.setStorage(EvmTypes.toEvm(account), EvmTypes.toEvm(slot), EvmTypes.toEvm(value));
  }

  /** The root the state would have if committed now. */
  public Bytes32 rootHash() {
    return EvmTypes.fromEvm(stateDb.getIntermediateRoot());
  }

  /** Writes the changes to the archive and returns the new root. */
  public Bytes32 commit() {
    return EvmTypes.fromEvm(stateDb.commit());
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
