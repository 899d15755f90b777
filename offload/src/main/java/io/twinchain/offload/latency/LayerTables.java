/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.latency;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads layer tables in the CSV shape {@code layer,name,mflops,kbit} (row 0 = the raw input, its
 * mflops 0), the shape the model profiler writes for measured tables.
 */
public final class LayerTables {

  /** Classpath resource holding the spec §6.2 VGG-16/CIFAR-10 table. */
  public static final String VGG16_CIFAR10 = "vgg16-cifar10.csv";

  /** Classpath resource holding the same table cut only at block boundaries (L = 6). */
  public static final String VGG16_CIFAR10_BLOCKS = "vgg16-cifar10-blocks.csv";

  private LayerTables() {}

  /**
   * The built-in table of that name: {@code vgg16-cifar10} (spec §6.2) or {@code
   * vgg16-cifar10-blocks} (the same network with cuts only after each block, small enough for the
   * brute-force oracle).
   */
  public static Optional<LayerTable> builtIn(final String name) {
    return switch (name) {
      case "vgg16-cifar10" -> Optional.of(vgg16Cifar10());
      case "vgg16-cifar10-blocks" -> Optional.of(resource(name, VGG16_CIFAR10_BLOCKS));
      default -> Optional.empty();
    };
  }

  /**
   * The spec §6.2 reference table (assumption A-CTRL-VGG16-TABLE): VGG-16 on CIFAR-10 inputs, 21
   * layers, 627.5 MFLOPs per sample.
   */
  public static LayerTable vgg16Cifar10() {
    return resource("vgg16-cifar10", VGG16_CIFAR10);
  }

  private static LayerTable resource(final String name, final String file) {
    try (InputStream in = LayerTables.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + file);
      }
      return parse(name, new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (final IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses a layer table; rows must be numbered 0, 1, 2, … in order.
   *
   * @throws IllegalArgumentException on a malformed row, with its line number
   */
  public static LayerTable parse(final String name, final Reader csv) throws IOException {
    final List<double[]> rows = new ArrayList<>();
    final BufferedReader reader = new BufferedReader(csv);
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      final String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("layer")) {
        continue;
      }
      rows.add(parseRow(trimmed, lineNumber, rows.size()));
    }
    if (rows.size() < 2) {
      throw new IllegalArgumentException("a layer table needs the input row and >= 1 layer");
    }
    final double[] flops = new double[rows.size() - 1];
    final double[] bits = new double[rows.size()];
    for (int l = 0; l < rows.size(); l++) {
      bits[l] = rows.get(l)[1] * 1e3;
      if (l > 0) {
        flops[l - 1] = rows.get(l)[0] * 1e6;
      }
    }
    return new LayerTable(name, flops, bits);
  }

  private static double[] parseRow(final String line, final int lineNumber, final int expected) {
    final String[] cells = line.split(",", -1);
    if (cells.length != 4) {
      throw new IllegalArgumentException("line " + lineNumber + ": expected 4 cells: " + line);
    }
    try {
      if (Integer.parseInt(cells[0].strip()) != expected) {
        throw new IllegalArgumentException("line " + lineNumber + ": expected layer " + expected);
      }
      return new double[] {
        Double.parseDouble(cells[2].strip()), Double.parseDouble(cells[3].strip())
      };
    } catch (final NumberFormatException e) {
      throw new IllegalArgumentException("line " + lineNumber + ": not a number: " + line, e);
    }
  }
}
