/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A replayed trace of per-slot rates, e.g. measured on a real uplink. CSV with a header line that
 * names a {@code rate_bps} column (bit/s; other columns such as {@code slot} are ignored), one row
 * per slot; blank lines and lines starting with {@code #} are skipped. Slots after the last row
 * wrap around to the first.
 */
public final class RateTrace implements RateSource {
  /** The column holding the rate in bit/s. */
  public static final String RATE_COLUMN = "rate_bps";

  private final double[] rates;
  private int next;

  private RateTrace(final double[] rates) {
    this.rates = rates;
  }

  /** Reads a trace file; {@link InvalidRateTraceException} if it is malformed. */
  public static RateTrace read(final Path file) throws IOException {
    return parse(Files.readAllLines(file));
  }

  /** Parses the lines of a trace; {@link InvalidRateTraceException} if they are malformed. */
  public static RateTrace parse(final List<String> lines) {
    int column = -1;
    final List<Double> rates = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      final String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      final String[] fields = line.split(",", -1);
      if (column < 0) {
        column = rateColumn(fields, i + 1);
      } else {
        rates.add(rate(fields, column, i + 1));
      }
    }
    if (rates.isEmpty()) {
      throw new InvalidRateTraceException(TraceError.EMPTY, 0, "no rate rows");
    }
    return new RateTrace(rates.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static int rateColumn(final String[] header, final int line) {
    final int column =
        Arrays.asList(header).stream().map(String::strip).toList().indexOf(RATE_COLUMN);
    if (column < 0) {
      throw new InvalidRateTraceException(
          TraceError.MISSING_RATE_COLUMN, line, "header " + String.join(",", header));
    }
    return column;
  }

  private static double rate(final String[] fields, final int column, final int line) {
    if (fields.length <= column) {
      throw new InvalidRateTraceException(
          TraceError.MISSING_FIELD,
          line,
          fields.length + " fields, rate in column " + (column + 1));
    }
    final double rate;
    try {
      rate = Double.parseDouble(fields[column].strip());
    } catch (final NumberFormatException e) {
      throw new InvalidRateTraceException(TraceError.NOT_A_NUMBER, line, fields[column]);
    }
    if (!(rate > 0) || Double.isInfinite(rate)) {
      throw new InvalidRateTraceException(TraceError.NOT_POSITIVE, line, fields[column]);
    }
    return rate;
  }

  /** Number of slots before the trace repeats. */
  public int length() {
    return rates.length;
  }

  @Override
  public synchronized double nextSlotRate() {
    final double rate = rates[next];
    next = (next + 1) % rates.length;
    return rate;
  }
}
