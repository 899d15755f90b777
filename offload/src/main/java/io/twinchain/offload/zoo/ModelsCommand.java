/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.zoo;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code twinchain models}: list, profile and split the models of the zoo. */
@Command(
    name = "models",
    mixinStandardHelpOptions = true,
    description = "List, profile and split the DNN models of the zoo.",
    subcommands = {ListModelsCommand.class, ProfileModelsCommand.class, SplitModelCommand.class})
public final class ModelsCommand implements Runnable {

  @Spec private CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
