/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.cli;

import io.twinchain.node.devnet.DevnetException;
import io.twinchain.node.devnet.DevnetLayout;
import io.twinchain.node.devnet.DevnetProcess;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code devnet logs NODE}: the last lines of one process's log. */
@Command(name = "logs", description = "Print the last lines of a devnet process's log.")
public final class LogsCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private DataPathOption data;

  @Parameters(
      index = "0",
      paramLabel = "NODE",
      description = "broker, ap-1, gateway-1, simulator, ...")
  private String name;

  @Option(
      names = {"-n", "--lines"},
      paramLabel = "N",
      defaultValue = "100",
      description = "Lines to print (default: ${DEFAULT-VALUE}).")
  private int lines;

  @Override
  public Integer call() throws IOException {
    final DevnetLayout layout = data.layout();
    if (layout.process(name).isEmpty()) {
      throw new DevnetException(
          "no process "
              + name
              + " in this devnet; there are: "
              + String.join(", ", layout.processes().stream().map(DevnetProcess::name).toList()));
    }
    final Path log = layout.logFile(name);
    if (!Files.exists(log)) {
      throw new DevnetException(name + " has not been started yet (no " + log + ")");
    }
    final List<String> all = Files.readAllLines(log);
    final PrintWriter out = spec.commandLine().getOut();
    all.subList(Math.max(0, all.size() - lines), all.size()).forEach(out::println);
    out.flush();
    return 0;
  }
}
