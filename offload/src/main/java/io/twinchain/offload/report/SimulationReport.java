/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.report;

import io.twinchain.offload.sim.SimulationResults;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a simulation's results to a directory: CSV tables, PNG figures and {@code summary.md}. */
public final class SimulationReport {

  private SimulationReport() {}

  /** Writes everything under {@code dir}, creating it if needed. */
  public static void write(final SimulationResults results, final Path dir) {
    try {
      Files.createDirectories(dir);
      new ReportTables(results, dir).writeAll();
      new ReportCharts(results, dir).writeAll();
      Files.writeString(
          dir.resolve("summary.md"), ReportSummary.of(results), StandardCharsets.UTF_8);
    } catch (final IOException e) {
      throw new UncheckedIOException("cannot write the report to " + dir, e);
    }
  }
}
