/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.store;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.Receipt;
import io.twinchain.chain.storage.KeyValueTransaction;
import io.twinchain.chain.types.Keccak256;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * One atomic write to the chain: a block with its receipts and work, canonical-index changes and
 * the head, applied together by {@link #commit()} in one synced batch, or not at all.
 */
public final class ChainUpdate implements AutoCloseable {

  private final KeyValueTransaction transaction;

  ChainUpdate(final KeyValueTransaction transaction) {
    this.transaction = transaction;
  }

  /** Stores a block (canonical or not) with its receipts and cumulative work. */
  public ChainUpdate putBlock(
      final BlockHeader header,
      final List<Bytes> envelopes,
      final List<Receipt> receipts,
      final UInt256 totalWork) {
    final Bytes32 hash = header.hash();
    ChainColumns.HEADERS.put(transaction, hash, header);
    ChainColumns.BODIES.put(transaction, hash, envelopes);
    ChainColumns.RECEIPTS.put(transaction, hash, receipts);
    ChainColumns.TOTAL_WORK.put(transaction, hash, totalWork);
    return this;
  }

  /** Makes {@code header}'s block the canonical one at its height and indexes its transactions. */
  public ChainUpdate makeCanonical(final BlockHeader header, final List<Bytes> envelopes) {
    ChainColumns.CANONICAL.put(transaction, header.number(), header.hash());
    for (int i = 0; i < envelopes.size(); i++) {
      ChainColumns.TRANSACTIONS.put(
          transaction, Keccak256.hash(envelopes.get(i)), new TransactionLocation(header.hash(), i));
    }
    return this;
  }

  /** Removes a block from the canonical chain: its height entry and its transactions' index. */
  public ChainUpdate removeCanonical(final long number, final List<Bytes> envelopes) {
    ChainColumns.CANONICAL.delete(transaction, number);
    for (final Bytes envelope : envelopes) {
      ChainColumns.TRANSACTIONS.delete(transaction, Keccak256.hash(envelope));
    }
    return this;
  }

  /** Deletes a canonical block entirely: its data, its height entry and its transaction index. */
  public ChainUpdate removeBlock(final BlockHeader header, final List<Bytes> envelopes) {
    removeCanonical(header.number(), envelopes);
    final Bytes32 hash = header.hash();
    ChainColumns.HEADERS.delete(transaction, hash);
    ChainColumns.BODIES.delete(transaction, hash);
    ChainColumns.RECEIPTS.delete(transaction, hash);
    ChainColumns.TOTAL_WORK.delete(transaction, hash);
    return this;
  }

  /** Sets the canonical head. */
  public ChainUpdate setHead(final Bytes32 hash) {
    ChainColumns.METADATA.put(transaction, ChainColumns.HEAD, hash);
    return this;
  }

  /** Records the genesis hash. */
  public ChainUpdate setGenesis(final Bytes32 hash) {
    ChainColumns.METADATA.put(transaction, ChainColumns.GENESIS, hash);
    return this;
  }

  /** Applies every staged write atomically and durably. */
  public void commit() {
    transaction.commit();
  }

  @Override
  public void close() {
    transaction.close();
  }
}
