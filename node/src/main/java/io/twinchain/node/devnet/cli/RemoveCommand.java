/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.cli;

import io.twinchain.node.devnet.DevnetSupervisor;
import io.twinchain.node.devnet.LayoutFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code devnet remove}: stop the devnet and delete its folder. */
@Command(name = "remove", description = "Stop the devnet and delete its data.")
public final class RemoveCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private DataPathOption data;

  @Override
  public Integer call() throws IOException {
    final PrintWriter out = spec.commandLine().getOut();
    final Path dir = data.dataPath();
    if (LayoutFile.read(dir).isEmpty()) {
      out.println("no devnet in " + dir + "; nothing to remove.");
      out.flush();
      return 0;
    }
    new DevnetSupervisor(data.layout(), out).stopAll();
    try (Stream<Path> paths = Files.walk(dir)) {
      for (final Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
    out.println("removed " + dir);
    out.flush();
    return 0;
  }
}
