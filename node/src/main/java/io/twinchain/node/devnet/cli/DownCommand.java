/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.cli;

import io.twinchain.node.devnet.DevnetSupervisor;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code devnet down}: stop every process of the devnet by PID; the data stays. */
@Command(name = "down", description = "Stop every devnet process (data is kept for resume).")
public final class DownCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private DataPathOption data;

  @Override
  public Integer call() throws IOException {
    final PrintWriter out = spec.commandLine().getOut();
    final int stopped = new DevnetSupervisor(data.layout(), out).stopAll();
    out.println(
        stopped == 0
            ? "no devnet process was running."
            : "devnet stopped (" + stopped + " processes); `twinchain devnet resume` restarts it.");
    out.flush();
    return 0;
  }
}
