/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.cli;

import io.twinchain.offload.zoo.ModelsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code twinchain} executable; each concern is a subcommand with its own options class. */
@Command(
    name = "twinchain",
    mixinStandardHelpOptions = true,
    versionProvider = TwinchainVersion.class,
    description = "Permissioned blockchain node for trustworthy IIoT digital twins.",
    subcommands = {
      VersionCommand.class,
      DevnetCommand.class,
      SimulateCommand.class,
      ModelsCommand.class
    })
public final class TwinchainCommand implements Runnable {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(final String[] args) {
    System.exit(new CommandLine(new TwinchainCommand()).execute(args));
  }
}
