/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

import io.twinchain.twin.mapping.PayloadMapper;
import io.twinchain.twin.metrics.TwinCounter;
import io.twinchain.twin.metrics.TwinMetrics;
import io.twinchain.twin.model.MessageId;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.model.commands.TwinCommand;
import io.twinchain.twin.registry.DeviceRegistry;
import io.twinchain.twin.store.TwinStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single writer of a gateway's twins, with group commit: it drains whatever device messages and
 * operator commands are queued (up to {@code maxBatch}), applies them, commits them in one synced
 * write batch, and only then acknowledges the MQTT messages and publishes deltas and errors. A
 * message is therefore never acknowledged before its event is durable.
 */
public final class IngestionPipeline implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(IngestionPipeline.class);

  private final TwinStore store;
  private final BatchProcessor processor;
  private final TwinMetrics metrics;
  private final Clock clock;
  private final int maxBatch;
  private final BlockingQueue<Work> queue;
  private final Thread writer;
  private volatile boolean running = true;

  /**
   * @param store where twins live
   * @param registry which devices are admitted
   * @param mapper payload mapping
   * @param limits payload bounds
   * @param channel the way back to devices
   * @param metrics counters
   * @param clock event time
   * @param maxBatch most messages per group commit
   */
  public IngestionPipeline(
      final TwinStore store,
      final DeviceRegistry registry,
      final PayloadMapper mapper,
      final PayloadLimits limits,
      final DeviceChannel channel,
      final TwinMetrics metrics,
      final Clock clock,
      final int maxBatch) {
    this.store = store;
    this.processor =
        new BatchProcessor(
            new DeviceMessageDecoder(limits),
            new DeviceMessageHandler(registry, mapper),
            channel,
            metrics);
    this.metrics = metrics;
    this.clock = clock;
    this.maxBatch = maxBatch;
    this.queue = new ArrayBlockingQueue<>(Math.max(4 * maxBatch, 1024));
    this.writer = Thread.ofPlatform().name("twin-writer").daemon().unstarted(this::run);
  }

  /** Starts the writer thread. */
  public void start() {
    writer.start();
  }

  /**
   * Queues an MQTT publish; {@code acknowledge} runs once its outcome (event, duplicate or error)
   * is durable. Blocks while the queue is full, which pushes back on the broker.
   */
  public void submit(final InboundMessage message, final Runnable acknowledge) {
    enqueue(new Work.Publish(message, acknowledge));
  }

  /** Queues an operator command; completes with the thing after it, or a rejection. */
  public CompletableFuture<Thing> execute(final TwinCommand command, final MessageId messageId) {
    final Work.Command work = new Work.Command(command, messageId, new CompletableFuture<>());
    enqueue(work);
    return work.result();
  }

  private void enqueue(final Work work) {
    try {
      queue.put(work);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while queueing twin work", e);
    }
  }

  private void run() {
    final List<Work> works = new ArrayList<>(maxBatch);
    while (running) {
      try {
        final Work first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        works.add(first);
        queue.drainTo(works, maxBatch - 1);
        commit(works);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // Nothing of this batch was acknowledged; the broker redelivers it after a restart.
        LOG.error("Twin batch of {} messages failed; stopping ingestion", works.size(), e);
        works.forEach(work -> work.fail(e));
        running = false;
      } finally {
        works.clear();
      }
    }
  }

  private void commit(final List<Work> works) {
    final long start = System.nanoTime();
    final BatchContext context = new BatchContext(store, clock.instant());
    final BatchProcessor.Result result = processor.process(works, context);
    final long processed = System.nanoTime();
    store.commit(context.batch());
    LOG.debug(
        "Committed {} messages as {} events: {} µs applying, {} µs durable write",
        works.size(),
        context.batch().size(),
        (processed - start) / 1_000,
        (System.nanoTime() - processed) / 1_000);
    metrics.increment(TwinCounter.BATCHES_COMMITTED, "");
    metrics.add(TwinCounter.EVENTS_COMMITTED, "", context.batch().size());
    result.complete(context);
  }

  /** Whether the writer is still accepting work (false after a storage failure or close). */
  public boolean isRunning() {
    return running && writer.isAlive();
  }

  @Override
  public void close() {
    running = false;
    try {
      writer.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
