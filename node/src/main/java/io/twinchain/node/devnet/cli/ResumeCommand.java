/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.cli;

import io.twinchain.node.devnet.DevnetLayout;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code devnet resume}: start again whatever is not running, on the data kept in the folder (after
 * {@code down}, or one process after a crash); the restarted nodes catch up from their peers.
 */
@Command(
    name = "resume",
    description = "Start the stopped processes of an existing devnet, keeping its data.")
public final class ResumeCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private DataPathOption data;
  @Mixin private StartOptions start;

  @Override
  public Integer call() throws IOException {
    final PrintWriter out = spec.commandLine().getOut();
    final DevnetLayout layout = data.layout();
    if (start.supervisor(layout, out).running().size() == layout.processes().size()) {
      out.println("every devnet process is already running (see `twinchain devnet status`).");
      out.flush();
      return 0;
    }
    return start.startAndReport(layout, out);
  }
}
