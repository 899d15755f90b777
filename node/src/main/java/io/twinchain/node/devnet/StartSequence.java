/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts a set of devnet processes as early as each one's dependency allows: the broker and the APs
 * at once, the gateways and the simulator (which connect to MQTT as they start) as soon as the
 * broker answers {@code /readiness}, or at once when it already runs. Every started process is
 * polled until it is ready, and a line is printed per process in the order they get ready. The
 * first one that exits, or is not ready in time, ends the sequence with a {@link StartFailure}.
 */
final class StartSequence {
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
  private static final Duration POLL = Duration.ofMillis(200);

  private final ProcessTable table;
  private final ProcessLauncher launcher;
  private final DevnetHttp http;
  private final PrintWriter out;
  private final long begin = System.nanoTime();

  StartSequence(
      final DevnetLayout layout,
      final ProcessTable table,
      final DevnetHttp http,
      final PrintWriter out) {
    this.table = table;
    this.launcher = new ProcessLauncher(layout);
    this.http = http;
    this.out = out;
  }

  /** Why a process did not get ready. */
  record StartFailure(DevnetProcess process, String why) {}

  /** Starts {@code missing}; returns the first failure, if any (the caller stops what runs). */
  Optional<StartFailure> run(final List<DevnetProcess> missing) throws IOException {
    final boolean brokerMissing =
        missing.stream().anyMatch(p -> p.kind() == DevnetProcess.Kind.BROKER);
    final List<DevnetProcess> waiting = new ArrayList<>();
    final List<DevnetProcess> starting = new ArrayList<>();
    for (final DevnetProcess process : missing) {
      if (brokerMissing && process.kind().needsBroker()) {
        waiting.add(process);
      } else {
        launch(process, starting);
      }
    }
    final long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (!starting.isEmpty() || !waiting.isEmpty()) {
      for (final DevnetProcess process : List.copyOf(starting)) {
        if (http.ready(process.healthPort())) {
          starting.remove(process);
          out.printf(
              "  %-10s ready after %.1f s (pid %d)%n",
              process.name(), seconds(), table.pid(process.name()).orElse(-1L));
          out.flush();
          if (process.kind() == DevnetProcess.Kind.BROKER) {
            for (final DevnetProcess next : waiting) {
              launch(next, starting);
            }
            waiting.clear();
          }
        } else if (table.alive(process.name()).isEmpty()) {
          return Optional.of(new StartFailure(process, "exited during start"));
        } else if (System.nanoTime() > deadline) {
          return Optional.of(
              new StartFailure(
                  process, "was not ready within " + READY_TIMEOUT.toSeconds() + " s"));
        }
      }
      DevnetSupervisor.sleep(POLL);
    }
    return Optional.empty();
  }

  private void launch(final DevnetProcess process, final List<DevnetProcess> starting)
      throws IOException {
    table.put(process.name(), launcher.start(process));
    starting.add(process);
  }

  private double seconds() {
    return (System.nanoTime() - begin) / 1e9;
  }
}
