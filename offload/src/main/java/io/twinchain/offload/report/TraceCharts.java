/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.report;

import static io.twinchain.offload.report.ChartCanvas.line;
import static io.twinchain.offload.report.ChartCanvas.xy;

import io.twinchain.offload.sim.Trajectory;
import java.awt.Color;
import org.knowm.xchart.XYChart;

/** Figures of DPRA's first-seed run: latency per slot and reputation per AP. */
final class TraceCharts {

  private static final int MOVING_AVERAGE = 50;

  private final Trajectory trace;
  private final double gamma;
  private final ChartCanvas canvas;

  TraceCharts(final Trajectory trace, final double gamma, final ChartCanvas canvas) {
    this.trace = trace;
    this.gamma = gamma;
    this.canvas = canvas;
  }

  void writeAll() {
    latencyPerSlot();
    reputation();
  }

  private void latencyPerSlot() {
    final XYChart chart = xy("DPRA latency per slot (first seed)", "slot t", "latency τ(t) (s)");
    final double[] slots = new double[trace.slots()];
    final double[] latency = new double[trace.slots()];
    final double[] average = new double[trace.slots()];
    double window = 0;
    for (int t = 0; t < slots.length; t++) {
      slots[t] = t;
      latency[t] = trace.latency(t);
      window += latency[t] - (t >= MOVING_AVERAGE ? trace.latency(t - MOVING_AVERAGE) : 0);
      average[t] = window / Math.min(t + 1, MOVING_AVERAGE);
    }
    line(chart.addSeries("τ(t)", slots, latency)).setLineColor(new Color(150, 180, 230));
    line(chart.addSeries(MOVING_AVERAGE + "-slot moving average", slots, average))
        .setLineColor(new Color(200, 30, 30));
    canvas.save(chart, "latency_per_slot");
  }

  private void reputation() {
    final XYChart chart =
        xy(
            "Off-chain reputation R_k(t) per AP under DPRA (first seed)",
            "slot t",
            "reputation R_k (EWMA of c_k = f^I_k / f^max_k)");
    final double[] slots = new double[trace.slots() + 1];
    for (int t = 0; t < slots.length; t++) {
      slots[t] = t;
    }
    for (int k = 0; k < trace.aps(); k++) {
      final double[] r = new double[slots.length];
      for (int t = 0; t < r.length; t++) {
        r[t] = trace.reputation(t, k);
      }
      line(chart.addSeries("AP " + k, slots, r));
    }
    line(chart.addSeries(
            "Γ = " + gamma, new double[] {0, trace.slots()}, new double[] {gamma, gamma}))
        .setLineColor(Color.BLACK);
    canvas.save(chart, "reputation");
  }
}
