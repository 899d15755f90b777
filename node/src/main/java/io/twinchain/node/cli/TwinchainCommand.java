/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.cli;

import io.twinchain.offload.zoo.ModelsCommand;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
      ModelsCommand.class,
      RunCommand.class,
      KeysCommand.class,
      GenesisCommand.class,
      BenchCommand.class
    })
public final class TwinchainCommand implements Runnable {

  /** Exit code for a bad option, config key or value. */
  static final int USAGE_ERROR = 2;

  /** Exit code for a command that failed while running (bad key file, genesis, I/O). */
  static final int EXECUTION_ERROR = 1;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(final String[] args) {
    System.exit(
        execute(
            args,
            System.getenv(),
            new PrintWriter(System.out, true),
            new PrintWriter(System.err, true)));
  }

  /** Runs the CLI with the given environment and streams; returns the exit code. */
  public static int execute(
      final String[] args,
      final Map<String, String> env,
      final PrintWriter out,
      final PrintWriter err) {
    final CommandLine cli = new CommandLine(new TwinchainCommand());
    cli.setOut(out).setErr(err).setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(
        (ex, ignored) -> {
          err.println("twinchain: " + ex.getMessage());
          err.flush();
          return USAGE_ERROR;
        });
    cli.setExecutionExceptionHandler(
        (ex, command, parsed) -> {
          err.println(command.getCommandSpec().qualifiedName() + ": " + ex.getMessage());
          err.flush();
          return EXECUTION_ERROR;
        });
    final CommandLine run = cli.getSubcommands().get("run");
    try {
      run.setDefaultValueProvider(
          ConfigDefaultProvider.create(run.getCommandSpec(), env, configFile(args, env)));
    } catch (CommandLine.ParameterException e) {
      err.println("twinchain: " + e.getMessage());
      err.flush();
      return USAGE_ERROR;
    }
    return cli.execute(args);
  }

  /** The {@code --config} of a {@code run} invocation, or {@code TWINCHAIN_CONFIG}. */
  private static Optional<Path> configFile(final String[] args, final Map<String, String> env) {
    final List<String> list = Arrays.asList(args);
    if (list.isEmpty() || !list.get(0).equals("run")) {
      return Optional.empty();
    }
    for (int i = 1; i < list.size(); i++) {
      if (list.get(i).equals("--config") && i + 1 < list.size()) {
        return Optional.of(Path.of(list.get(i + 1)));
      }
      if (list.get(i).startsWith("--config=")) {
        return Optional.of(Path.of(list.get(i).substring("--config=".length())));
      }
    }
    return Optional.ofNullable(env.get(ConfigDefaultProvider.ENV_PREFIX + "CONFIG")).map(Path::of);
  }
}
