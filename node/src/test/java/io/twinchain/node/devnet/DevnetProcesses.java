/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code ./twinchain} from the repository root as a user would, with the devnet folder and
 * port offset of a test, and keeps the output of a long-running {@code devnet up}.
 */
final class DevnetProcesses {
  static final Path LAUNCHER = Path.of("..", "twinchain").toAbsolutePath().normalize();

  private final Path dataDir;

  DevnetProcesses(final Path dataDir) {
    this.dataDir = dataDir;
  }

  /** Result of a finished command. */
  record Result(int code, String output) {}

  /** Runs {@code ./twinchain devnet <args> --data-path DIR} to completion. */
  Result devnet(final String... args) throws IOException, InterruptedException {
    final Process process = builder(args).start();
    final String output =
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(180, TimeUnit.SECONDS))
        .as("devnet %s finished", List.of(args))
        .isTrue();
    return new Result(process.exitValue(), output);
  }

  /** Starts {@code ./twinchain devnet <args>} and collects its output lines as they come. */
  Running start(final String... args) throws IOException {
    final Process process = builder(args).start();
    final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    final Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
              } catch (IOException e) {
                lines.add("(output closed: " + e.getMessage() + ")");
              }
            },
            "devnet-output");
    reader.setDaemon(true);
    reader.start();
    return new Running(process, lines);
  }

  /** Whether any process still runs whose command line names the devnet folder. */
  List<ProcessHandle> leftovers() {
    final String folder = dataDir.toString();
    return ProcessHandle.allProcesses()
        .filter(p -> p.pid() != ProcessHandle.current().pid())
        .filter(p -> p.info().commandLine().map(line -> line.contains(folder)).orElse(false))
        .toList();
  }

  private ProcessBuilder builder(final String... args) {
    final List<String> command = new ArrayList<>(List.of(LAUNCHER.toString(), "devnet"));
    command.addAll(List.of(args));
    command.addAll(List.of("--data-path", dataDir.toString()));
    final ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    return builder;
  }

  /** A running devnet command and its output so far. */
  record Running(Process process, List<String> lines) {

    /** Waits until a line equal to {@code line} appears; fails if the process exits first. */
    void awaitLine(final String line, final Duration timeout) throws InterruptedException {
      final long deadline = System.nanoTime() + timeout.toNanos();
      while (!lines.contains(line)) {
        assertThat(process.isAlive()).as("devnet up still running; output:\n%s", output()).isTrue();
        assertThat(System.nanoTime())
            .as("'%s' within %s; output:\n%s", line, timeout, output())
            .isLessThan(deadline);
        Thread.sleep(200);
      }
    }

    String output() {
      synchronized (lines) {
        return String.join("\n", lines);
      }
    }
  }
}
