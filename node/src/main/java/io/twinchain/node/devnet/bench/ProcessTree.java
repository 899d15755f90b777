/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * A devnet process and every process below it (a JVM the launcher started through {@code setsid},
 * ONNX Runtime or RocksDB helpers): resident memory from {@code /proc/<pid>/status} and CPU time,
 * summed over the tree. A process that is gone counts as zero.
 */
final class ProcessTree {
  private static final String RSS_FIELD = "VmRSS:";

  private final List<ProcessHandle> processes;

  private ProcessTree(final List<ProcessHandle> processes) {
    this.processes = processes;
  }

  /** No process: zero memory, zero CPU. */
  static ProcessTree none() {
    return new ProcessTree(List.of());
  }

  /** The tree under {@code pid} as it is now. */
  static ProcessTree of(final long pid) {
    return new ProcessTree(
        ProcessHandle.of(pid)
            .map(root -> Stream.concat(Stream.of(root), root.descendants()).toList())
            .orElse(List.of()));
  }

  /** Resident memory of the tree, in MiB. */
  double residentMegabytes() {
    return processes.stream().mapToLong(p -> residentKilobytes(p.pid())).sum() / 1024.0;
  }

  /** CPU time (user + system) the tree has used so far, in seconds. */
  double cpuSeconds() {
    return processes.stream()
            .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
            .mapToLong(Duration::toMillis)
            .sum()
        / 1000.0;
  }

  private static long residentKilobytes(final long pid) {
    try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
      return lines
          .filter(line -> line.startsWith(RSS_FIELD))
          .mapToLong(
              line -> Long.parseLong(line.substring(RSS_FIELD.length()).strip().split("\\s+")[0]))
          .findFirst()
          .orElse(0);
    } catch (IOException | java.io.UncheckedIOException e) {
      return 0;
    }
  }
}
