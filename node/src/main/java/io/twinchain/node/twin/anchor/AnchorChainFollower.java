/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin.anchor;

import io.twinchain.chain.block.Block;
import io.twinchain.chain.block.Receipt;
import io.twinchain.chain.transaction.Transaction;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.apache.tuweni.bytes.Bytes32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows canonical blocks for the gateway's anchors: records the block that mined an anchor in
 * flight, and puts an anchor whose block left the canonical chain back in flight with the same
 * signed transaction.
 */
final class AnchorChainFollower {
  private static final Logger LOG = LoggerFactory.getLogger(AnchorChainFollower.class);

  private final AnchorRecords records;
  private final AnchorPorts ports;
  private final Map<Bytes32, Long> inFlight;
  private final MinedAnchors mined = new MinedAnchors();
  private final Executor anchoring;

  AnchorChainFollower(
      final AnchorRecords records,
      final AnchorPorts ports,
      final Map<Bytes32, Long> inFlight,
      final Executor anchoring) {
    this.records = records;
    this.ports = ports;
    this.inFlight = inFlight;
    this.anchoring = anchoring;
  }

  /** Resumes watching the recorded anchors, then follows canonical blocks from now on. */
  void start() {
    for (final AnchorRecord record : records.all()) {
      if (record.status() == AnchorStatus.SUBMITTED) {
        inFlight.put(record.transactionHash().orElseThrow(), record.slot());
      }
      if (record.blockHash().isPresent()) {
        mined.watch(record.slot(), record.blockNumber().orElseThrow(), record.blockHash().get());
      }
    }
    ports.chainEvents().onCanonicalBlock(this::onCanonicalBlock);
  }

  private void onCanonicalBlock(final Block block) {
    for (final long slot : mined.orphanedBy(block.header())) {
      resubmit(slot);
    }
    final List<Transaction> body = block.body().transactions();
    for (int i = 0; i < body.size(); i++) {
      final Long slot = inFlight.remove(body.get(i).hash());
      if (slot != null) {
        recordMined(slot, block, i);
      }
    }
  }

  private void recordMined(final long slot, final Block block, final int index) {
    final boolean success =
        ports
            .receipts()
            .apply(block.hash())
            .map(receipts -> receipts.get(index))
            .map(Receipt::success)
            .orElse(false);
    synchronized (records) {
      records
          .bySlot(slot)
          .ifPresent(
              r -> records.put(r.mined(success, block.header().number(), block.hash()), false));
    }
    mined.watch(slot, block.header().number(), block.hash());
    LOG.info(
        "twin anchor slot {} mined in block {} (success {})",
        slot,
        block.header().number(),
        success);
  }

  /**
   * Puts an anchor whose block left the canonical chain back in flight (at once, so the new
   * branch's blocks find it) and hands the pool the same signed transaction again (same nonce, same
   * hash) from the anchoring thread, once the pool has followed the new branch. The pool may
   * already hold it (returned from the dropped branch), or a new block may already hold it.
   */
  private void resubmit(final long slot) {
    final Bytes32 hash;
    synchronized (records) {
      final AnchorRecord back = records.bySlot(slot).orElseThrow().orphaned();
      records.put(back, false);
      hash = back.transactionHash().orElseThrow();
      inFlight.put(hash, slot);
    }
    anchoring.execute(
        () ->
            records
                .transaction(hash)
                .ifPresentOrElse(
                    envelope ->
                        LOG.info(
                            "twin anchor slot {} left the canonical chain; re-submitted: {}",
                            slot,
                            ports.sink().submit(envelope)),
                    () ->
                        LOG.warn(
                            "twin anchor slot {} left the canonical chain; its transaction was"
                                + " not kept, only the pool's copy from the dropped block remains",
                            slot)));
  }
}
