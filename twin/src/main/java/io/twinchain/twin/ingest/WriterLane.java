/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

import io.twinchain.twin.metrics.TwinCounter;
import io.twinchain.twin.metrics.TwinMetrics;
import io.twinchain.twin.store.TwinStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One writer of a partition of a gateway's twins, with group commit: it drains whatever work is
 * queued (up to {@code maxBatch}), applies it, commits it in one synced write batch, and only then
 * acknowledges and publishes. Each twin belongs to exactly one lane, so its events keep their order
 * and revisions; lanes commit concurrently and RocksDB joins their synced writes.
 */
final class WriterLane implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WriterLane.class);

  private final TwinStore store;
  private final BatchProcessor processor;
  private final TwinMetrics metrics;
  private final Clock clock;
  private final int maxBatch;
  private final BlockingQueue<Work> queue;
  private final Thread writer;
  private volatile boolean running = true;

  WriterLane(
      final int index,
      final TwinStore store,
      final BatchProcessor processor,
      final TwinMetrics metrics,
      final Clock clock,
      final int maxBatch) {
    this.store = store;
    this.processor = processor;
    this.metrics = metrics;
    this.clock = clock;
    this.maxBatch = maxBatch;
    this.queue = new ArrayBlockingQueue<>(Math.max(4 * maxBatch, 1024));
    this.writer = Thread.ofPlatform().name("twin-writer-" + index).daemon().unstarted(this::run);
  }

  void start() {
    writer.start();
  }

  /** Queues work; blocks while the lane is full, which pushes back on the broker. */
  void enqueue(final Work work) {
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

  /** Whether the lane still accepts work (false after a storage failure or close). */
  boolean isRunning() {
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
