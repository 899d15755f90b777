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
 * Start: every missing process is launched as soon as what it needs is ready, and awaited until
 * {@code /readiness} answers, with a progress line per process; if one exits or never gets ready,
 * its log tail is shown and everything started is stopped again. Stop: in reverse start order
 * (simulator first, broker last).
 */
public final class DevnetSupervisor {
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

  /**
   * Starts every process that is not running, each as soon as what it needs is ready (see {@link
   * StartSequence}); returns how many were started.
   */
  public int startMissing() throws IOException {
    final List<DevnetProcess> missing = new ArrayList<>(layout.processes());
    missing.removeAll(running());
    missing.forEach(process -> requirePortsFree(layout, process));
    final Optional<StartSequence.StartFailure> failure =
        new StartSequence(layout, table, http, out).run(missing);
    if (failure.isPresent()) {
      final String name = failure.get().process().name();
      out.println("  " + name + " FAILED: " + failure.get().why());
      out.println(logTail(name));
      out.flush();
      stopAll();
      throw new DevnetException(
          name + " " + failure.get().why() + "; its log: " + layout.logFile(name));
    }
    return missing.size();
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

  /** Sleeps; an interrupt ends the devnet command with a {@link DevnetException}. */
  public static void sleep(final Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DevnetException("interrupted");
    }
  }
}
