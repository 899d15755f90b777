/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.cli;

import io.twinchain.node.devnet.DevnetGenesis;
import io.twinchain.node.devnet.DevnetLayout;
import io.twinchain.node.devnet.LayoutFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code devnet generate}: write the default devnet's keys, genesis and configs without starting
 * anything (the Docker devnet's {@code init} service); keeps an existing devnet.
 */
@Command(
    name = "generate",
    description = "Write a default devnet folder without starting it (kept if it exists).")
public final class GenerateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private DataPathOption data;

  @Override
  public Integer call() throws IOException {
    final PrintWriter out = spec.commandLine().getOut();
    if (LayoutFile.read(data.dataPath()).isPresent()) {
      out.println("keeping the devnet in " + data.dataPath());
    } else {
      DevnetGenesis.generate(DevnetLayout.defaults(data.dataPath()));
      out.println("generated a devnet in " + data.dataPath());
    }
    out.flush();
    return 0;
  }
}
