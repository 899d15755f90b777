/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.cli;

import io.twinchain.node.devnet.DevnetProcess;
import io.twinchain.node.devnet.DevnetSupervisor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps {@code devnet up} (or {@code resume}) in the foreground: Ctrl-C (or SIGTERM) stops every
 * process of the devnet; a process that exits on its own is reported once; when none is left (after
 * {@code devnet down} elsewhere) the command returns.
 */
final class Foreground {
  private static final Duration POLL = Duration.ofSeconds(1);

  private Foreground() {}

  static void run(final DevnetSupervisor supervisor, final PrintWriter out) throws IOException {
    final Thread hook =
        new Thread(
            () -> {
              try {
                out.println("stopping the devnet ...");
                out.flush();
                supervisor.stopAll();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            "devnet-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    final Set<String> reported = new HashSet<>();
    List<DevnetProcess> running = supervisor.running();
    while (!running.isEmpty()) {
      try {
        Thread.sleep(POLL);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      final List<DevnetProcess> now = supervisor.running();
      for (final DevnetProcess process : running) {
        if (!now.contains(process)
            && supervisor.recorded(process.name())
            && reported.add(process.name())) {
          out.println(
              process.name()
                  + " has stopped; `twinchain devnet resume` starts it again"
                  + " (`twinchain devnet logs "
                  + process.name()
                  + "` shows why).");
          out.flush();
        }
      }
      now.forEach(process -> reported.remove(process.name()));
      running = now;
    }
    out.println("every devnet process has stopped.");
    out.flush();
  }
}
