/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.cli;

import io.twinchain.node.devnet.StatusReport;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code devnet status}: health of every process; exit code 1 when any is down or not ready. */
@Command(name = "status", description = "Health, head, peers and slot of every devnet process.")
public final class StatusCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private DataPathOption data;

  @Override
  public Integer call() throws IOException {
    return StatusReport.print(data.layout(), spec.commandLine().getOut()) == 0 ? 0 : 1;
  }
}
