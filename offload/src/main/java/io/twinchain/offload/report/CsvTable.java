/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A CSV file built row by row; numbers are written with full precision, locale-independent. */
public final class CsvTable {

  private final List<String> lines = new ArrayList<>();

  /** A table with the column names {@code header}. */
  public CsvTable(final String... header) {
    lines.add(String.join(",", header));
  }

  /** Appends a row; numbers keep 6 significant digits, text is quoted when it holds a comma. */
  public CsvTable row(final Object... cells) {
    final List<String> formatted = new ArrayList<>();
    for (final Object cell : cells) {
      formatted.add(format(cell));
    }
    lines.add(String.join(",", formatted));
    return this;
  }

  private static String format(final Object cell) {
    if (cell instanceof Double value) {
      return String.format(Locale.ROOT, "%.6g", value);
    }
    final String text = String.valueOf(cell);
    return text.contains(",") ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  /** Writes the table to {@code file} (UTF-8). */
  public void write(final Path file) {
    try {
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (final IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
