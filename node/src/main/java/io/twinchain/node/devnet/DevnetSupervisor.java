/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts and stops the processes of one devnet folder, by PID through its {@link ProcessTable}.
 * Start: every missing process is launched at once, then each is awaited until {@code /readiness}
 * answers, with a progress line per process; if one exits or never gets ready, its log tail is
 * shown and everything started is stopped again. Stop: in reverse start order (simulator first,
 * broker last).
 */
public final class DevnetSupervisor {
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
  private static final int LOG_TAIL_LINES = 25;

  private final DevnetLayout layout;
  private final ProcessTable table;
  private final PrintWriter out;
  private final DevnetHttp http;

  public DevnetSupervisor(final DevnetLayout layout, final PrintWriter out) {
    this.layout = layout;
    this.table = new ProcessTable(layout.dataDir());
    this.out = out;
    this.http = new DevnetHttp(layout.host());
  }

  /** The processes of the layout that run now. */
  public List<DevnetProcess> running() throws IOException {
    final List<DevnetProcess> running = new ArrayList<>();
    for (final DevnetProcess process : layout.processes()) {
      if (table.alive(process.name()).isPresent()) {
        running.add(process);
      }
    }
    return running;
  }

  /** Fails with a message naming the first port of {@code process} another program holds. */
  public static void requirePortsFree(final DevnetLayout layout, final DevnetProcess process) {
    PortCheck.requireFree(layout.host(), process);
  }

  /** Starts every process that is not running; returns how many were started. */
  public int startMissing() throws IOException {
    final List<DevnetProcess> missing = new ArrayList<>(layout.processes());
    missing.removeAll(running());
    missing.forEach(process -> requirePortsFree(layout, process));
    final long begin = System.nanoTime();
    // The broker first: gateways and the simulator connect to it as they start.
    final List<DevnetProcess> broker =
        missing.stream().filter(p -> p.kind() == DevnetProcess.Kind.BROKER).toList();
    startWave(broker, begin);
    startWave(missing.stream().filter(p -> !broker.contains(p)).toList(), begin);
    return missing.size();
  }

  /** Launches {@code wave} at once, then awaits each. */
  private void startWave(final List<DevnetProcess> wave, final long begin) throws IOException {
    final ProcessLauncher launcher = new ProcessLauncher(layout);
    for (final DevnetProcess process : wave) {
      table.put(process.name(), launcher.start(process));
    }
    for (final DevnetProcess process : wave) {
      awaitReady(process, begin);
    }
  }

  private void awaitReady(final DevnetProcess process, final long begin) throws IOException {
    out.printf(
        "  %-10s starting (pid %s) ...", process.name(), table.pid(process.name()).orElse(-1L));
    out.flush();
    final long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (!http.ready(process.healthPort())) {
      if (table.alive(process.name()).isEmpty() || System.nanoTime() > deadline) {
        out.println(" FAILED");
        final String why =
            table.alive(process.name()).isEmpty()
                ? "exited during start"
                : "was not ready within " + READY_TIMEOUT.toSeconds() + " s";
        out.println(logTail(process.name()));
        out.flush();
        stopAll();
        throw new DevnetException(
            process.name() + " " + why + "; its log: " + layout.logFile(process.name()));
      }
      sleep(Duration.ofMillis(250));
    }
    out.printf(" ready after %.1f s%n", (System.nanoTime() - begin) / 1e9);
    out.flush();
  }

  /** Whether {@code name} is still recorded as started ({@code down} forgets what it stops). */
  public boolean recorded(final String name) throws IOException {
    return table.pid(name).isPresent();
  }

  /** Stops one process; false when it was not running. */
  public boolean stop(final String name) throws IOException {
    final Optional<ProcessHandle> process = table.alive(name);
    process.ifPresent(ProcessStopper::stop);
    table.remove(name);
    return process.isPresent();
  }

  /** Stops every process, in reverse start order; returns how many were running. */
  public int stopAll() throws IOException {
    final List<DevnetProcess> processes = new ArrayList<>(layout.processes());
    java.util.Collections.reverse(processes);
    int stopped = 0;
    for (final DevnetProcess process : processes) {
      if (stop(process.name())) {
        out.println("  stopped " + process.name());
        out.flush();
        stopped++;
      }
    }
    return stopped;
  }

  private String logTail(final String name) throws IOException {
    final Path log = layout.logFile(name);
    if (!Files.exists(log)) {
      return "(no log)";
    }
    final List<String> lines = Files.readAllLines(log);
    return "--- last lines of "
        + log
        + "\n"
        + String.join(
            "\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
  }

  static void sleep(final Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DevnetException("interrupted");
    }
  }
}
