/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.report;

import io.twinchain.offload.sim.SlotProgress;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line text progress bar with slot rate and time left, redrawn at most every 200 ms (carriage
 * return, so it suits a terminal's stderr and stays one line in a log).
 */
public final class ProgressBar implements SlotProgress {

  private static final int WIDTH = 40;
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintStream out;
  private final long total;
  private final long start;
  private long done;
  private long lastDraw;

  public ProgressBar(final PrintStream out, final long total) {
    this.out = out;
    this.total = Math.max(1, total);
    this.start = System.nanoTime();
    this.lastDraw = start - REDRAW_NANOS;
  }

  @Override
  public void slotDone() {
    done++;
    final long now = System.nanoTime();
    if (now - lastDraw >= REDRAW_NANOS || done == total) {
      lastDraw = now;
      draw(now);
    }
  }

  private void draw(final long now) {
    final double fraction = Math.min(1, (double) done / total);
    final int filled = (int) Math.round(fraction * WIDTH);
    final double seconds = (now - start) / 1e9;
    final double rate = seconds > 0 ? done / seconds : 0;
    final double left = rate > 0 ? (total - done) / rate : 0;
    out.print(
        String.format(
            Locale.ROOT,
            "\r[%s%s] %5.1f%% %,d/%,d slots  %,.0f slots/s  %.0f s left ",
            "#".repeat(filled),
            " ".repeat(WIDTH - filled),
            100 * fraction,
            done,
            total,
            rate,
            left));
    if (done == total) {
      out.println();
    }
    out.flush();
  }
}
