/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops a process by PID: SIGTERM (the node's shutdown hook closes its ledger), then SIGKILL. */
final class ProcessStopper {
  private static final Duration GRACE = Duration.ofSeconds(30);

  private ProcessStopper() {}

  /** Stops {@code process} and its descendants; returns once they are gone. */
  static void stop(final ProcessHandle process) {
    final var descendants = process.descendants().toList();
    process.destroy();
    if (!awaitExit(process, GRACE)) {
      process.destroyForcibly();
      awaitExit(process, GRACE);
    }
    descendants.forEach(
        child -> {
          if (child.isAlive()) {
            child.destroyForcibly();
            awaitExit(child, GRACE);
          }
        });
  }

  private static boolean awaitExit(final ProcessHandle process, final Duration timeout) {
    try {
      process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return !process.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    }
  }
}
