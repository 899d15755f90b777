/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.cli;

import io.twinchain.node.devnet.DevnetLayout;
import io.twinchain.node.devnet.DevnetSupervisor;
import io.twinchain.node.devnet.EndpointReport;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** What {@code up} and {@code resume} share: {@code --detach}, starting, the endpoint report. */
public final class StartOptions {
  @Option(
      names = "--detach",
      description = "Return once the devnet is up instead of staying in the foreground.")
  private boolean detach;

  DevnetSupervisor supervisor(final DevnetLayout layout, final PrintWriter out) {
    return new DevnetSupervisor(layout, out);
  }

  /** Starts what is missing, prints the endpoints, then stays in the foreground unless detached. */
  int startAndReport(final DevnetLayout layout, final PrintWriter out) throws IOException {
    final DevnetSupervisor supervisor = supervisor(layout, out);
    out.println(
        "starting "
            + layout.processes().size()
            + " processes (logs in "
            + layout.dataDir().resolve("logs")
            + ")");
    out.flush();
    supervisor.startMissing();
    EndpointReport.print(layout, out);
    if (!detach) {
      Foreground.run(supervisor, out);
    }
    return 0;
  }
}
