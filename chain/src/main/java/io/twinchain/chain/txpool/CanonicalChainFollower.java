/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.txpool;

import io.twinchain.chain.block.Block;
import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.storage.StorageException;
import io.twinchain.chain.store.Blockchain;
import io.twinchain.chain.transaction.InvalidTransactionException;
import io.twinchain.chain.transaction.SignedTransactionDecoder;
import io.twinchain.chain.transaction.TransactionBatchDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.tuweni.bytes.Bytes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@link TransactionPool} in step with the canonical chain, fed each new canonical block in
 * chain order (the node's chain events). A block whose parent is not the last head seen means a
 * reorganisation: the blocks of the old branch, found by walking back from the old head to the
 * first block still canonical, return their transactions to the pool first.
 */
public final class CanonicalChainFollower implements Consumer<Block> {
  private static final Logger LOG = LoggerFactory.getLogger(CanonicalChainFollower.class);

  private final TransactionPool pool;
  private final Blockchain blockchain;
  private final TransactionBatchDecoder decoder;
  private BlockHeader lastHead;

  /** Follows {@code blockchain} from its current head. */
  public CanonicalChainFollower(
      final TransactionPool pool, final Blockchain blockchain, final long chainId) {
    this(pool, blockchain, new SignedTransactionDecoder(chainId));
  }

  /**
   * Follows {@code blockchain} from its current head, decoding dropped blocks with {@code decoder}.
   */
  public CanonicalChainFollower(
      final TransactionPool pool,
      final Blockchain blockchain,
      final SignedTransactionDecoder decoder) {
    this.pool = pool;
    this.blockchain = blockchain;
    this.decoder = new TransactionBatchDecoder(decoder);
    this.lastHead = blockchain.head();
  }

  @Override
  public synchronized void accept(final Block block) {
    if (!block.header().parentHash().equals(lastHead.hash())) {
      returnDroppedBranch();
    }
    pool.onCanonicalBlock(block);
    lastHead = block.header();
  }

  private void returnDroppedBranch() {
    final List<Bytes> envelopes = new ArrayList<>();
    BlockHeader cursor = lastHead;
    int dropped = 0;
    while (!isCanonical(cursor)) {
      final BlockHeader block = cursor;
      envelopes.addAll(
          blockchain
              .storage()
              .body(block.hash())
              .orElseThrow(() -> new StorageException("no body for stored block " + block)));
      dropped++;
      cursor = parent(cursor);
    }
    try {
      pool.returnTransactions(decoder.decodeAll(envelopes));
    } catch (final InvalidTransactionException e) {
      LOG.warn("a dropped block holds an undecodable transaction: {}", e.getMessage());
    }
    LOG.info("Reorganisation: {} blocks left the canonical chain above {}", dropped, cursor);
  }

  private boolean isCanonical(final BlockHeader header) {
    return blockchain.storage().canonicalHash(header.number()).equals(Optional.of(header.hash()));
  }

  private BlockHeader parent(final BlockHeader header) {
    return blockchain
        .header(header.parentHash())
        .orElseThrow(() -> new StorageException("stored block " + header + " has no parent"));
  }
}
