/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Writes the offload-path experiment's CSV and its plot of measured vs predicted latency per cut.
 */
final class OffloadPathReport {

  /** One cut's measurement beside the model's prediction. */
  record Row(PathMeasurement measured, PathPrediction.Parts predicted) {
    double errorPercent() {
      return 100 * (measured.total() - predicted.total()) / predicted.total();
    }
  }

  private OffloadPathReport() {}

  static void writeCsv(final Path file, final List<Row> rows) throws IOException {
    final List<String> lines = new ArrayList<>();
    lines.add(
        "cut,cut_bytes,head_ms,transfer_ms,tail_ms,total_ms,"
            + "predicted_head_ms,predicted_transfer_ms,predicted_tail_ms,predicted_total_ms,"
            + "error_pct");
    for (final Row row : rows) {
      final PathMeasurement m = row.measured();
      final PathPrediction.Parts p = row.predicted();
      lines.add(
          String.format(
              Locale.ROOT,
              "%d,%d,%.3f,%.3f,%.3f,%.3f,%.3f,%.3f,%.3f,%.3f,%.1f",
              m.cut(),
              m.cutBytes(),
              m.head() * 1e3,
              m.transfer() * 1e3,
              m.tail() * 1e3,
              m.total() * 1e3,
              p.head() * 1e3,
              p.transfer() * 1e3,
              p.tail() * 1e3,
              p.total() * 1e3,
              row.errorPercent()));
    }
    Files.write(file, lines);
  }

  static void writePlot(final Path file, final String title, final List<Row> rows)
      throws IOException {
    final XYChart chart =
        new XYChartBuilder()
            .width(1000)
            .height(600)
            .title(title)
            .xAxisTitle("partition point l")
            .yAxisTitle("end-to-end latency (ms)")
            .build();
    final double[] cuts = rows.stream().mapToDouble(row -> row.measured().cut()).toArray();
    chart
        .addSeries(
            "measured (head + transfer + tail, median)",
            cuts,
            rows.stream().mapToDouble(row -> row.measured().total() * 1e3).toArray())
        .setMarker(SeriesMarkers.CIRCLE);
    chart
        .addSeries(
            "latency model (spec §2)",
            cuts,
            rows.stream().mapToDouble(row -> row.predicted().total() * 1e3).toArray())
        .setMarker(SeriesMarkers.DIAMOND);
    chart
        .addSeries(
            "model +15 %",
            cuts, rows.stream().mapToDouble(row -> row.predicted().total() * 1.15e3).toArray())
        .setMarker(SeriesMarkers.NONE);
    chart
        .addSeries(
            "model −15 %",
            cuts, rows.stream().mapToDouble(row -> row.predicted().total() * 0.85e3).toArray())
        .setMarker(SeriesMarkers.NONE);
    BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
  }
}
