/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.report;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The common look of every figure (1000 × 600 PNG, white, large titles) and saving it. */
public final class ChartCanvas {

  private static final int WIDTH = 1000;
  private static final int HEIGHT = 600;

  private final Path dir;

  /** Figures saved into {@code dir}. */
  public ChartCanvas(final Path dir) {
    this.dir = dir;
  }

  /** An XY chart with titled axes and the legend inside, top right. */
  public static XYChart xy(final String title, final String xTitle, final String yTitle) {
    final XYChart chart =
        new XYChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title)
            .xAxisTitle(xTitle)
            .yAxisTitle(yTitle)
            .build();
    style(chart);
    chart.getStyler().setLegendPosition(LegendPosition.InsideNE).setMarkerSize(8);
    return chart;
  }

  /** A bar chart with titled axes. */
  public static CategoryChart bars(final String title, final String xTitle, final String yTitle) {
    final CategoryChart chart =
        new CategoryChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title)
            .xAxisTitle(xTitle)
            .yAxisTitle(yTitle)
            .build();
    style(chart);
    return chart;
  }

  /** Draws a series as a plain line. */
  public static XYSeries line(final XYSeries series) {
    series.setMarker(SeriesMarkers.NONE);
    return series;
  }

  private static void style(final Chart<?, ?> chart) {
    chart
        .getStyler()
        .setChartBackgroundColor(Color.WHITE)
        .setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 18))
        .setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
  }

  /** Writes {@code name}.png. */
  public void save(final Chart<?, ?> chart, final String name) {
    try {
      BitmapEncoder.saveBitmap(chart, dir.resolve(name + ".png").toString(), BitmapFormat.PNG);
    } catch (final IOException e) {
      throw new UncheckedIOException("cannot write " + name + ".png", e);
    }
  }
}
