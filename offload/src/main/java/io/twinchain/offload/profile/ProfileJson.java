/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.profile;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a {@link ModelProfile} into a manifest: {@code layers} (the χ/ψ table), {@code profile}
 * (timings with the machine and runtime settings) and {@code calibration} (φ·f).
 */
public final class ProfileJson {
  private ProfileJson() {}

  /** Replaces the three profile sections of {@code manifest}. */
  public static void write(final ObjectNode manifest, final ModelProfile profile) {
    final ArrayNode layers = manifest.putArray("layers");
    for (final LayerCost row : profile.table().rows()) {
      final ObjectNode layer = layers.addObject();
      layer.put("l", row.l()).put("tensor", row.tensor());
      row.opTypes().forEach(layer.putArray("ops")::add);
      layer.put("chiFlops", row.chiFlops()).put("psiBits", row.psiBits());
      final ArrayNode shape = layer.putArray("cutShape");
      for (final long dim : row.cutShape()) {
        shape.add(dim);
      }
      if (!row.uncounted().isEmpty()) {
        row.uncounted().forEach(layer.putArray("uncountedNodes")::add);
      }
    }
    final ObjectNode timing = manifest.putObject("profile");
    machine(timing.putObject("machine"));
    timing.put("onnxRuntime", profile.settings().describe());
    timing.put("batch", 1).put("warmup", profile.warmup()).put("iterations", profile.iterations());
    timing.put("statistic", "median").put("fullModelSeconds", profile.fullSeconds());
    final ArrayNode cuts = timing.putArray("cuts");
    for (final CutTiming cut : profile.cuts()) {
      cuts.addObject()
          .put("l", cut.l())
          .put("headSeconds", cut.headSeconds())
          .put("tailSeconds", cut.tailSeconds());
    }
    final FlopsCalibration calibration = profile.calibration();
    manifest
        .putObject("calibration")
        .put("method", "least squares t = overhead + FLOPs/(phi*f) over head and tail timings")
        .put("phiTimesFFlopsPerSecond", calibration.flopsPerSecond())
        .put("overheadSeconds", calibration.overheadSeconds())
        .put("points", calibration.points());
  }

  private static void machine(final ObjectNode machine) {
    machine.put("cpu", cpuModel());
    machine.put("availableProcessors", Runtime.getRuntime().availableProcessors());
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    machine.put("java", Runtime.version().toString());
  }

  private static String cpuModel() {
    final Path cpuinfo = Path.of("/proc/cpuinfo");
    try {
      return Files.readAllLines(cpuinfo).stream()
          .filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).trim())
          .findFirst()
          .orElse("unknown");
    } catch (final IOException e) {
      return "unknown";
    }
  }
}
