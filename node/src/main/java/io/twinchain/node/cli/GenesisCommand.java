/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.cli;

import io.twinchain.node.genesis.NetworkDescription;
import io.twinchain.node.genesis.NetworkGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code twinchain genesis generate}: a whole network's keys, genesis, allowlists and configs. */
@Command(
    name = "genesis",
    description = "Generate network configuration.",
    subcommands = GenesisCommand.Generate.class)
final class GenesisCommand {

  /** {@code genesis generate --config-file FILE --to DIR}. */
  @Command(
      name = "generate",
      description = "Write keys, genesis.json, permissions_config.toml and config.toml per node.")
  static final class Generate implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @Option(
        names = "--config-file",
        paramLabel = "FILE",
        required = true,
        description = "JSON network description.")
    private Path description;

    @Option(
        names = "--to",
        paramLabel = "DIR",
        required = true,
        description = "Output directory (must be absent or empty).")
    private Path to;

    @Override
    public Integer call() throws IOException {
      final PrintWriter out = spec.commandLine().getOut();
      new NetworkGenerator(new SecureRandom(), Clock.systemUTC())
          .generate(NetworkDescription.load(description), to)
          .forEach(
              node ->
                  out.println(
                      node.name()
                          + " "
                          + node.enode()
                          + " "
                          + node.directory().resolve("config.toml")));
      out.println("genesis: " + to.resolve("genesis.json").toAbsolutePath());
      out.flush();
      return 0;
    }
  }
}
