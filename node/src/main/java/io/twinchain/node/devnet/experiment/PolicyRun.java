/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.experiment;

import io.twinchain.node.devnet.DevnetGenesis;
import io.twinchain.node.devnet.DevnetLayout;
import io.twinchain.node.devnet.DevnetSupervisor;
import io.twinchain.offload.report.ProgressBar;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One policy's run: a fresh devnet (the launcher of {@code devnet up}: 3 APs, 2 gateways, 10
 * machines) with the policy's loop settings, sampled for the settings' slots, then stopped: every
 * process it started is stopped by PID, also when sampling fails or the JVM is interrupted.
 */
final class PolicyRun {
  private final ExperimentSettings settings;
  private final PrintWriter out;

  PolicyRun(final ExperimentSettings settings, final PrintWriter out) {
    this.settings = settings;
    this.out = out;
  }

  PolicySamples run(final String policy) throws IOException {
    final Path dir = settings.out().resolve("devnets").resolve(policy);
    deleteRecursively(dir);
    final DevnetLayout layout = new DevnetLayout(dir, "127.0.0.1", 3, 2, 10, settings.portOffset());
    layout.processes().forEach(process -> DevnetSupervisor.requirePortsFree(layout, process));
    DevnetGenesis.generate(layout, settings.loop(policy));
    final DevnetSupervisor supervisor = new DevnetSupervisor(layout, out);
    final Thread stopOnExit = new Thread(() -> stopQuietly(supervisor), "experiment-stop");
    Runtime.getRuntime().addShutdownHook(stopOnExit);
    try {
      out.println("== " + policy + ": starting a devnet in " + dir);
      out.flush();
      supervisor.startMissing();
      out.println(
          "sampling " + settings.slots() + " slots of " + settings.slot().toMillis() + " ms");
      out.flush();
      return new SlotSampler(new DevnetProbe(layout), settings)
          .sample(policy, new ProgressBar(System.err, settings.slots()));
    } finally {
      supervisor.stopAll();
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
    }
  }

  private static void stopQuietly(final DevnetSupervisor supervisor) {
    try {
      supervisor.stopAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(final Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (final Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
