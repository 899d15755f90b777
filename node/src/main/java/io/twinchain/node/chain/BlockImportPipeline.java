/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.chain;

import io.twinchain.chain.block.Block;
import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.BlockRlp;
import io.twinchain.chain.importer.BlockImporter;
import io.twinchain.chain.importer.ImportResult;
import io.twinchain.chain.store.Blockchain;
import io.twinchain.chain.store.ChainDatabase;
import io.twinchain.chain.transaction.SignedTransactionDecoder;
import io.twinchain.chain.validation.BlockReason;
import io.twinchain.chain.validation.InvalidReason;
import io.twinchain.chain.validation.ValidationResult;
import io.twinchain.consensus.forkchoice.NominalWorkForkChoice;
import io.twinchain.consensus.headerrules.ConsensusReason;
import io.twinchain.consensus.miner.TimeProvider;
import io.twinchain.consensus.schedule.ProtocolSchedule;
import io.twinchain.node.chain.ImportOutcome.Kind;
import io.twinchain.node.chain.PendingBlocks.Awaiting;
import io.twinchain.node.chain.PendingBlocks.Parked;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way blocks enter the node, whether mined here, gossiped or fetched by sync: the ledger's
 * importer validates (header rules of the protocol schedule), executes, stores and applies fork
 * choice; then every block that became canonical is published to {@link ChainEvents}, newly stored
 * blocks go to the stored-block listeners (gossip), and blocks parked for this parent are imported.
 * A block with an unknown parent, or a timestamp a little ahead of the local clock, is parked and
 * retried; an invalid block goes to the invalid-block listener with its typed reason. Imports are
 * serialised.
 */
public final class BlockImportPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(BlockImportPipeline.class);

  /** Seconds beyond the allowed drift a block may be ahead and still be kept for later. */
  static final long FUTURE_HORIZON_SECONDS = 60;

  private static final int PENDING_CAPACITY = 1024;

  /** A block newly stored by the pipeline. */
  public record StoredBlock(BlockHeader header, Bytes encoded, BlockOrigin origin) {}

  private final BlockImporter importer;
  private final Blockchain chain;
  private final ChainEvents events;
  private final StoredBlocks stored;
  private final TimeProvider time;
  private final long maxFutureSeconds;
  private final BiConsumer<BlockOrigin, ImportOutcome> invalidListener;
  private final PendingBlocks pending = new PendingBlocks(PENDING_CAPACITY);
  private final List<Consumer<StoredBlock>> storedListeners = new CopyOnWriteArrayList<>();

  private BlockImportPipeline(
      final BlockImporter importer,
      final Blockchain chain,
      final SignedTransactionDecoder decoder,
      final ChainEvents events,
      final TimeProvider time,
      final long maxFutureSeconds,
      final BiConsumer<BlockOrigin, ImportOutcome> invalidListener) {
    this.importer = importer;
    this.chain = chain;
    this.events = events;
    this.stored = new StoredBlocks(chain, decoder);
    this.time = time;
    this.maxFutureSeconds = maxFutureSeconds;
    this.invalidListener = invalidListener;
  }

  /**
   * The pipeline of an open ledger: the schedule's header rules, nominal-work fork choice.
   *
   * @param database the node's ledger
   * @param schedule the protocol schedule (with the chain's reputation source and clock)
   * @param maxFutureSeconds how far ahead of the clock the schedule accepts a timestamp
   * @param events where canonical blocks are published
   * @param time the clock the schedule uses
   * @param invalidListener told of every refused block
   */
  public static BlockImportPipeline create(
      final ChainDatabase database,
      final ProtocolSchedule schedule,
      final long maxFutureSeconds,
      final ChainEvents events,
      final TimeProvider time,
      final BiConsumer<BlockOrigin, ImportOutcome> invalidListener) {
    final Blockchain chain = database.blockchain();
    return new BlockImportPipeline(
        new BlockImporter(
            chain,
            database.worldState(),
            schedule.headerRuleset(),
            NominalWorkForkChoice.comparator(),
            database.transactionDecoder(),
            database.executedTemplates()),
        chain,
        database.transactionDecoder(),
        events,
        time,
        maxFutureSeconds,
        invalidListener);
  }

  /** Calls {@code listener} for each block newly stored, on the importing thread. */
  public void onStored(final Consumer<StoredBlock> listener) {
    storedListeners.add(listener);
  }

  /** Imports a block received as RLP, then any parked blocks it unblocks. */
  public synchronized ImportOutcome importBlock(final Bytes encoded, final BlockOrigin origin) {
    final ImportOutcome outcome = importOne(encoded, origin, Optional.empty());
    importParkedChildren(outcome);
    return outcome;
  }

  /** Imports a block this node mined; the miner's port. */
  public synchronized ValidationResult importMined(final Block block) {
    final ImportOutcome outcome =
        importOne(BlockRlp.encode(block), BlockOrigin.mined(), Optional.of(block));
    importParkedChildren(outcome);
    return outcome.reason().map(ValidationResult::invalid).orElse(ValidationResult.valid());
  }

  /** Imports the parked blocks whose timestamp the clock has now reached. */
  public synchronized void retryDue() {
    for (final Parked block : pending.takeDue(time.epochSeconds() + maxFutureSeconds)) {
      importParkedChildren(importOne(block.encoded(), block.origin(), Optional.empty()));
    }
  }

  /** How many blocks are parked. */
  public synchronized int parkedCount() {
    return pending.size();
  }

  private void importParkedChildren(final ImportOutcome first) {
    final Deque<ImportOutcome> imported = new ArrayDeque<>(List.of(first));
    while (!imported.isEmpty()) {
      final ImportOutcome outcome = imported.pop();
      if (outcome.kind() != Kind.IMPORTED_AS_HEAD && outcome.kind() != Kind.IMPORTED_AS_FORK) {
        continue;
      }
      final Bytes32 parent = outcome.header().orElseThrow().hash();
      for (final Parked child : pending.takeChildrenOf(parent)) {
        imported.push(importOne(child.encoded(), child.origin(), Optional.empty()));
      }
    }
  }

  private ImportOutcome importOne(
      final Bytes encoded, final BlockOrigin origin, final Optional<Block> decoded) {
    final BlockHeader before = chain.head();
    final ImportResult result =
        decoded.isPresent() ? importer.importBlock(decoded.get()) : importer.importBlock(encoded);
    final ImportOutcome outcome = classify(result, encoded, origin);
    switch (outcome.kind()) {
      case IMPORTED_AS_HEAD -> {
        if (origin.kind() == BlockOrigin.Kind.GOSSIP) {
          final BlockHeader header = outcome.header().orElseThrow();
          LOG.info("Imported #{} {} from {}", header.number(), header.hash(), origin.peer().get());
        }
        publishCanonical(before, decoded);
        tellStored(outcome, encoded, origin);
      }
      case IMPORTED_AS_FORK -> tellStored(outcome, encoded, origin);
      case INVALID -> {
        LOG.warn(
            "Refused block {} from {}: {}",
            outcome.header().map(h -> "#" + h.number() + " " + h.hash()).orElse("(undecodable)"),
            origin.peer().map(Object::toString).orElse("this node"),
            outcome.reason().orElseThrow());
        invalidListener.accept(origin, outcome);
      }
      default -> {}
    }
    return outcome;
  }

  private ImportOutcome classify(
      final ImportResult result, final Bytes encoded, final BlockOrigin origin) {
    final Optional<BlockHeader> header = result.header();
    return switch (result.status()) {
      case IMPORTED_AS_HEAD -> ImportOutcome.of(Kind.IMPORTED_AS_HEAD, header.orElseThrow());
      case IMPORTED_AS_FORK -> ImportOutcome.of(Kind.IMPORTED_AS_FORK, header.orElseThrow());
      case ALREADY_KNOWN -> ImportOutcome.of(Kind.ALREADY_KNOWN, header.orElseThrow());
      case INVALID -> parkOrRefuse(header, result.reason().orElseThrow(), encoded, origin);
    };
  }

  private ImportOutcome parkOrRefuse(
      final Optional<BlockHeader> header,
      final InvalidReason reason,
      final Bytes encoded,
      final BlockOrigin origin) {
    if (header.isEmpty()) {
      return ImportOutcome.invalid(header, reason);
    }
    if (reason.code() == BlockReason.UNKNOWN_PARENT) {
      pending.park(new Parked(header.get(), encoded, origin, Awaiting.PARENT));
      return ImportOutcome.of(Kind.PARKED_UNKNOWN_PARENT, header.get());
    }
    final long latestKept = time.epochSeconds() + maxFutureSeconds + FUTURE_HORIZON_SECONDS;
    if (reason.code() == ConsensusReason.TIMESTAMP_TOO_FAR_IN_FUTURE
        && header.get().timestamp() <= latestKept) {
      pending.park(new Parked(header.get(), encoded, origin, Awaiting.CLOCK));
      return ImportOutcome.of(Kind.PARKED_FUTURE, header.get());
    }
    return ImportOutcome.invalid(header, reason);
  }

  private void publishCanonical(final BlockHeader before, final Optional<Block> decoded) {
    for (final BlockHeader header : CanonicalChanges.between(chain, before, chain.head())) {
      events.publishCanonicalBlock(
          decoded
              .filter(block -> block.hash().equals(header.hash()))
              .orElseGet(() -> stored.block(header)));
    }
  }

  private void tellStored(
      final ImportOutcome outcome, final Bytes encoded, final BlockOrigin origin) {
    final StoredBlock block = new StoredBlock(outcome.header().orElseThrow(), encoded, origin);
    for (final Consumer<StoredBlock> listener : storedListeners) {
      try {
        listener.accept(block);
      } catch (RuntimeException e) {
        LOG.warn("stored-block listener failed on #{}", block.header().number(), e);
      }
    }
  }
}
