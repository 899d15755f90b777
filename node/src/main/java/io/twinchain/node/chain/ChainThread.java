/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.chain;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single thread on which peers' blocks are imported and sync decides what to ask for, so
 * neither blocks a network event loop and sync needs no locks. A failing task is logged and the
 * thread goes on; tasks handed in after {@link #close} are dropped.
 */
final class ChainThread implements Executor, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ChainThread.class);

  private final ScheduledExecutorService executor =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> Thread.ofPlatform().daemon().name("chain").unstarted(runnable));

  @Override
  public void execute(final Runnable task) {
    if (!executor.isShutdown()) {
      executor.execute(() -> runLogged(task));
    }
  }

  /** Runs {@code task} every {@code period}, for as long as the thread lives. */
  void every(final Duration period, final Runnable task) {
    executor.scheduleWithFixedDelay(
        () -> runLogged(task), period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
  }

  private static void runLogged(final Runnable task) {
    try {
      task.run();
    } catch (RuntimeException e) {
      LOG.error("Chain task failed", e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    executor.shutdown();
    if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
      LOG.warn("The chain thread did not stop within 10 s");
    }
  }
}
