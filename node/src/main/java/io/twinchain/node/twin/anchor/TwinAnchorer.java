/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin.anchor;

import io.twinchain.node.controller.SlotClock;
import io.twinchain.twin.anchor.AnchorLeaf;
import io.twinchain.twin.anchor.MerkleTree;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.store.TwinWriteBatch;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.tuweni.bytes.Bytes32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anchors, once per slot, the Merkle root over the twins this gateway changed in the slot (each at
 * the last revision it reached), through a signed {@code TwinRegistry.anchor} transaction. Records
 * every anchor before submitting it ({@link AnchorSubmitter}), learns from canonical blocks where
 * it was mined and re-submits it when that block leaves the canonical chain ({@link
 * AnchorChainFollower}), and rebuilds inclusion proofs from the records.
 *
 * <p>Assumption A-TWIN-ANCHOR-LATEST: a slot anchors each changed twin at its last revision in the
 * slot; intermediate revisions have no proof of their own. Changes collected in memory for a slot
 * that has not ended are lost if the gateway crashes, so the next change of those twins is what
 * gets anchored.
 */
public final class TwinAnchorer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TwinAnchorer.class);

  private final AnchorRecords records;
  private final AnchorTransactions transactions;
  private final SlotClock clock;
  private final ChangedTwins changed = new ChangedTwins();
  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "twin-anchor"));
  private final AnchorSubmitter submitter;
  private final AnchorChainFollower follower;

  public TwinAnchorer(
      final AnchorRecords records,
      final AnchorTransactions transactions,
      final AnchorPorts ports,
      final SlotClock clock) {
    this.records = records;
    this.transactions = transactions;
    this.clock = clock;
    final Map<Bytes32, Long> inFlight = new ConcurrentHashMap<>();
    this.submitter = new AnchorSubmitter(records, transactions, ports.sink(), inFlight);
    this.follower = new AnchorChainFollower(records, ports, inFlight, scheduler);
  }

  /** Remembers the twins a durable batch changed; called on the ingestion's writer lanes. */
  public void collect(final TwinWriteBatch batch) {
    changed.collect(batch);
  }

  /** Resumes watching submitted anchors and anchors at every slot end from now on. */
  public void start() {
    follower.start();
    scheduler.scheduleAtFixedRate(
        this::anchorEndedSlot,
        clock.untilStartOf(clock.currentSlot() + 1).toMillis() + 100,
        clock.slotLength().toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /** Anchors what changed during the slot that just ended; empty when nothing changed. */
  public Optional<AnchorRecord> anchorEndedSlot() {
    try {
      return anchor(clock.currentSlot() - 1);
    } catch (RuntimeException e) {
      LOG.warn("twin anchoring failed", e);
      return Optional.empty();
    }
  }

  /** Anchors every twin collected so far under {@code slot}; empty when nothing changed. */
  public Optional<AnchorRecord> anchor(final long slot) {
    if (slot < 0 || records.bySlot(slot).isPresent()) {
      return Optional.empty();
    }
    final List<AnchorLeaf> leaves = changed.take();
    if (leaves.isEmpty()) {
      return Optional.empty();
    }
    final AnchorRecord record = AnchorRecord.pending(slot, new MerkleTree(leaves));
    records.put(record, true);
    final AnchorRecord submitted = submitter.submit(record);
    LOG.info(
        "twin anchor slot {}: {} twins, root {}, {}",
        slot,
        leaves.size(),
        record.root(),
        submitted.status());
    return Optional.of(submitted);
  }

  /** The proof that {@code thingId} at {@code revision} is under an anchored root, if anchored. */
  public Optional<AnchorProof> proof(final ThingId thingId, final long revision) {
    return records.proof(thingId, revision, transactions.sender());
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
