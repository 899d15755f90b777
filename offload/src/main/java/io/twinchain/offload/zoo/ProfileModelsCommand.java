/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.zoo;

import io.twinchain.offload.profile.LayerCost;
import io.twinchain.offload.profile.ModelProfile;
import io.twinchain.offload.profile.ModelProfiler;
import io.twinchain.offload.profile.ProfileJson;
import io.twinchain.offload.runtime.OrtSettings;
import io.twinchain.offload.runtime.PartitionedModel;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code twinchain models profile}: measures every partition point of the named models (all by
 * default) and writes χ, ψ, timings and the φ·f calibration into their manifests.
 */
@Command(
    name = "profile",
    mixinStandardHelpOptions = true,
    description = "Measure every cut point and write chi/psi, timings and phi*f into manifests.")
final class ProfileModelsCommand implements Callable<Integer> {
  @Mixin private ZooOptions zoo;
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "<id>", description = "Models to profile (default: all).")
  private List<String> ids = List.of();

  @Option(names = "--warmup", description = "Runs discarded per stage (default: ${DEFAULT-VALUE}).")
  private int warmup = 20;

  @Option(names = "--iterations", description = "Timed runs per stage (default: ${DEFAULT-VALUE}).")
  private int iterations = 50;

  @Option(names = "--threads", description = "ONNX Runtime intra-op threads (default: 1).")
  private int threads = 1;

  @Override
  public Integer call() throws Exception {
    final ModelZoo models = zoo.open();
    final ModelProfiler profiler = new ModelProfiler(warmup, iterations);
    for (final String id : ids.isEmpty() ? models.ids() : ids) {
      final ZooModel model = models.model(id);
      try (PartitionedModel runtime =
          new PartitionedModel(model.layers(), new OrtSettings(threads, 1))) {
        final ModelProfile profile = profiler.profile(runtime);
        ProfileJson.write(model.manifest(), profile);
        ManifestFile.write(model);
        print(spec.commandLine().getOut(), id, profile);
      }
    }
    return 0;
  }

  private static void print(final PrintWriter out, final String id, final ModelProfile profile) {
    out.printf(
        "%s: full model %.3f ms, phi*f = %.2f GFLOP/s, overhead %.3f ms%n",
        id,
        profile.fullSeconds() * 1e3,
        profile.calibration().flopsPerSecond() / 1e9,
        profile.calibration().overheadSeconds() * 1e3);
    out.printf(
        "%4s %-24s %12s %12s %10s %10s%n",
        "l", "ops", "chi MFLOPs", "psi kbit", "head ms", "tail ms");
    for (final LayerCost row : profile.table().rows()) {
      final var timing = profile.cuts().get(row.l());
      out.printf(
          "%4d %-24s %12.3f %12.1f %10.3f %10.3f%n",
          row.l(),
          String.join("+", row.opTypes()),
          row.chiFlops() / 1e6,
          row.psiBits() / 1e3,
          timing.headSeconds() * 1e3,
          timing.tailSeconds() * 1e3);
    }
  }
}
