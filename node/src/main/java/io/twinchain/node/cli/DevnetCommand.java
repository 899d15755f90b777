/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.cli;

import io.twinchain.node.devnet.bench.DevnetBenchCommand;
import io.twinchain.node.devnet.cli.BrokerCommand;
import io.twinchain.node.devnet.cli.DownCommand;
import io.twinchain.node.devnet.cli.GenerateCommand;
import io.twinchain.node.devnet.cli.InjectFaultCommand;
import io.twinchain.node.devnet.cli.LogsCommand;
import io.twinchain.node.devnet.cli.RemoveCommand;
import io.twinchain.node.devnet.cli.ResumeCommand;
import io.twinchain.node.devnet.cli.SimulatorCommand;
import io.twinchain.node.devnet.cli.StatusCommand;
import io.twinchain.node.devnet.cli.UpCommand;
import io.twinchain.node.devnet.experiment.ExperimentCommand;
import picocli.CommandLine.Command;

/** {@code twinchain devnet ...}: the local devnet launcher (package {@code node.devnet}). */
@Command(
    name = "devnet",
    description = "Start, inspect and stop the local devnet.",
    subcommands = {
      UpCommand.class,
      DownCommand.class,
      StatusCommand.class,
      ResumeCommand.class,
      RemoveCommand.class,
      LogsCommand.class,
      InjectFaultCommand.class,
      ExperimentCommand.class,
      DevnetBenchCommand.class,
      GenerateCommand.class,
      BrokerCommand.class,
      SimulatorCommand.class
    })
final class DevnetCommand implements Runnable {
  @picocli.CommandLine.Spec private picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
