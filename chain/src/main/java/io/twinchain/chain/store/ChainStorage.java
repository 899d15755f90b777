/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.store;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.Receipt;
import io.twinchain.chain.storage.KeyValueStore;
import io.twinchain.chain.storage.SchemaVersion;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * Typed reads of the stored chain, and {@link ChainUpdate}s that write a block and move the head in
 * one atomic, synced batch. Works on any {@link KeyValueStore}.
 */
public final class ChainStorage {

  private final KeyValueStore store;

  /** Storage over {@code store}; writes or checks the schema version. */
  public ChainStorage(final KeyValueStore store) {
    SchemaVersion.initialiseOrCheck(store);
    this.store = store;
  }

  /** Any stored header. */
  public Optional<BlockHeader> header(final Bytes32 hash) {
    return ChainColumns.HEADERS.get(store, hash);
  }

  /** The signed envelopes of a stored block. */
  public Optional<List<Bytes>> body(final Bytes32 hash) {
    return ChainColumns.BODIES.get(store, hash);
  }

  /** The receipts of a stored block. */
  public Optional<List<Receipt>> receipts(final Bytes32 hash) {
    return ChainColumns.RECEIPTS.get(store, hash);
  }

  /** Cumulative work of the chain ending in a stored block. */
  public Optional<UInt256> totalWork(final Bytes32 hash) {
    return ChainColumns.TOTAL_WORK.get(store, hash);
  }

  /** Hash of the canonical block at {@code number}. */
  public Optional<Bytes32> canonicalHash(final long number) {
    return ChainColumns.CANONICAL.get(store, number);
  }

  /** Where a canonical transaction is. */
  public Optional<TransactionLocation> transactionLocation(final Bytes32 transactionHash) {
    return ChainColumns.TRANSACTIONS.get(store, transactionHash);
  }

  /** Hash of the canonical head, if the chain was initialised. */
  public Optional<Bytes32> headHash() {
    return ChainColumns.METADATA.get(store, ChainColumns.HEAD);
  }

  /** Hash of the genesis block, if the chain was initialised. */
  public Optional<Bytes32> genesisHash() {
    return ChainColumns.METADATA.get(store, ChainColumns.GENESIS);
  }

  /** Starts an atomic update; nothing is visible until {@link ChainUpdate#commit()}. */
  public ChainUpdate startUpdate() {
    return new ChainUpdate(store.startTransaction());
  }
}
