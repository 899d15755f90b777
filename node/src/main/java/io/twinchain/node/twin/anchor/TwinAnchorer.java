/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin.anchor;

import io.twinchain.chain.block.Block;
import io.twinchain.chain.block.Receipt;
import io.twinchain.chain.transaction.Transaction;
import io.twinchain.chain.txpool.SubmitResult;
import io.twinchain.chain.types.Keccak256;
import io.twinchain.node.controller.SlotClock;
import io.twinchain.twin.anchor.AnchorLeaf;
import io.twinchain.twin.anchor.MerkleTree;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.store.TwinWriteBatch;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.web3j.abi.datatypes.Address;

/**
 * Anchors, once per slot, the Merkle root over the twins this gateway changed in the slot (each at
 * the last revision it reached), through a signed {@code TwinRegistry.anchor} transaction. Records
 * every anchor before submitting it, learns from canonical blocks where it was mined, re-submits
 * the same transaction when that block leaves the canonical chain, and rebuilds inclusion proofs
 * from the records.
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
  private final AnchorPorts ports;
  private final SlotClock clock;
  private final Map<ThingId, AnchorLeaf> pending = new HashMap<>();
  private final Map<Bytes32, Long> inFlight = new ConcurrentHashMap<>();
  private final MinedAnchors mined = new MinedAnchors();
  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "twin-anchor"));

  public TwinAnchorer(
      final AnchorRecords records,
      final AnchorTransactions transactions,
      final AnchorPorts ports,
      final SlotClock clock) {
    this.records = records;
    this.transactions = transactions;
    this.ports = ports;
    this.clock = clock;
  }

  /** Remembers the twins a durable batch changed; called on the ingestion's writer thread. */
  public void collect(final TwinWriteBatch batch) {
    synchronized (pending) {
      for (final Thing thing : batch.latest().values()) {
        pending.put(thing.thingId(), AnchorLeaf.of(thing));
      }
    }
  }

  /** Resumes watching submitted anchors and anchors at every slot end from now on. */
  public void start() {
    for (final AnchorRecord record : records.all()) {
      if (record.status() == AnchorStatus.SUBMITTED) {
        inFlight.put(record.transactionHash().orElseThrow(), record.slot());
      }
      if (record.blockHash().isPresent()) {
        mined.watch(record.slot(), record.blockNumber().orElseThrow(), record.blockHash().get());
      }
    }
    ports.chainEvents().onCanonicalBlock(this::onCanonicalBlock);
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
    final List<AnchorLeaf> leaves;
    synchronized (pending) {
      if (pending.isEmpty() || slot < 0 || records.bySlot(slot).isPresent()) {
        return Optional.empty();
      }
      leaves = List.copyOf(pending.values());
      pending.clear();
    }
    final AnchorRecord record = AnchorRecord.pending(slot, new MerkleTree(leaves));
    records.put(record, true);
    final AnchorRecord submitted = submit(record);
    LOG.info(
        "twin anchor slot {}: {} twins, root {}, {}",
        slot,
        leaves.size(),
        record.root(),
        submitted.status());
    return Optional.of(submitted);
  }

  /**
   * Records the transaction as submitted before handing it to the pool, because its block may be
   * published before {@code submit} returns; a refusal then overwrites the record.
   */
  private AnchorRecord submit(final AnchorRecord record) {
    final long nonce = ports.sink().nextNonce(new Address(transactions.sender()));
    final Bytes envelope = transactions.sign(record, nonce);
    final Bytes32 hash = Keccak256.hash(envelope);
    final AnchorRecord sent = record.submitted(AnchorStatus.SUBMITTED, hash, Optional.empty());
    records.putTransaction(hash, envelope);
    synchronized (records) {
      records.put(sent, false);
      inFlight.put(hash, record.slot());
    }
    final SubmitResult result = ports.sink().submit(envelope);
    synchronized (records) {
      if (result instanceof SubmitResult.Rejected rejected) {
        inFlight.remove(hash);
        final AnchorRecord refused =
            sent.submitted(
                AnchorStatus.REJECTED,
                hash,
                Optional.of(rejected.reason() + ": " + rejected.detail()));
        records.put(refused, false);
        return refused;
      }
      return records.bySlot(record.slot()).orElse(sent);
    }
  }

  private void onCanonicalBlock(final Block block) {
    for (final long slot : mined.orphanedBy(block.header())) {
      resubmit(slot);
    }
    final List<Transaction> body = block.body().transactions();
    for (int i = 0; i < body.size(); i++) {
      final Long slot = inFlight.remove(body.get(i).hash());
      if (slot == null) {
        continue;
      }
      final int index = i;
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
    scheduler.execute(
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

  /** The proof that {@code thingId} at {@code revision} is under an anchored root, if anchored. */
  public Optional<AnchorProof> proof(final ThingId thingId, final long revision) {
    return records.proof(thingId, revision, transactions.sender());
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
