/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.zoo;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code twinchain models list}: every model with its cut count and provenance. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the zoo's models.")
final class ListModelsCommand implements Callable<Integer> {
  @Mixin private ZooOptions zoo;
  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    final ModelZoo models = zoo.open();
    final PrintWriter out = spec.commandLine().getOut();
    out.printf("%-16s %4s %-14s %-10s %s%n", "id", "L", "input", "weights", "held-out accuracy");
    for (final String id : models.ids()) {
      final ZooModel model = models.model(id);
      final var manifest = model.manifest();
      out.printf(
          "%-16s %4d %-14s %-10s %s%n",
          id,
          model.layers().depth(),
          manifest.path("input").path("shape").toString().replace("\"", ""),
          manifest.path("weights").asText("unknown").split(" ")[0],
          manifest.path("training").path("heldOutAccuracy").asText("-"));
    }
    return 0;
  }
}
