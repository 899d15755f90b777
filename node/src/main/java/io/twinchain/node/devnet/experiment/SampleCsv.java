/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.experiment;

import io.twinchain.offload.report.CsvTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The samples of one policy as two CSV files, {@code <policy>-twins.csv} and {@code
 * <policy>-aps.csv}; an empty cell is a value the devnet did not show. Reading them back gives the
 * same samples, so the report can be redrawn from the files alone.
 */
final class SampleCsv {
  private static final String[] TWIN_HEADER = {
    "slot",
    "gateway",
    "twin",
    "decided_cut",
    "previous_cut",
    "used_cut",
    "inference_share",
    "tail_ms",
    "total_ms"
  };
  private static final String[] AP_HEADER = {
    "slot",
    "ap",
    "inference_share",
    "mining_share",
    "previous_mining_share",
    "hash_rate",
    "reputation",
    "difficulty_factor"
  };

  private SampleCsv() {}

  static void write(final Path dir, final PolicySamples samples) {
    final CsvTable twins = new CsvTable(TWIN_HEADER);
    for (final TwinSample t : samples.twins()) {
      twins.row(
          t.slot(),
          t.gateway(),
          t.twin(),
          cell(t.decidedCut()),
          cell(t.previousCut()),
          cell(t.usedCut()),
          cell(t.inferenceShare()),
          cell(t.tailMillis()),
          cell(t.totalMillis()));
    }
    twins.write(dir.resolve(samples.policy() + "-twins.csv"));
    final CsvTable aps = new CsvTable(AP_HEADER);
    for (final ApSample a : samples.aps()) {
      aps.row(
          a.slot(),
          a.ap(),
          cell(a.inferenceShare()),
          cell(a.miningShare()),
          cell(a.previousMiningShare()),
          cell(a.hashRate()),
          cell(a.reputation()),
          cell(a.difficultyFactor()));
    }
    aps.write(dir.resolve(samples.policy() + "-aps.csv"));
  }

  /** The samples of {@code policy} in {@code dir}; a malformed file is named in the error. */
  static PolicySamples read(final Path dir, final String policy) throws IOException {
    try {
      return parse(dir, policy);
    } catch (final NumberFormatException e) {
      throw new ExperimentException(
          "a number in " + dir.resolve(policy + "-*.csv") + " does not parse: " + e.getMessage());
    }
  }

  private static PolicySamples parse(final Path dir, final String policy) throws IOException {
    final List<TwinSample> twins = new ArrayList<>();
    for (final String[] c : rows(dir.resolve(policy + "-twins.csv"), TWIN_HEADER)) {
      twins.add(
          new TwinSample(
              Long.parseLong(c[0]),
              c[1],
              c[2],
              integer(c[3]),
              integer(c[4]),
              integer(c[5]),
              decimal(c[6]),
              decimal(c[7]),
              decimal(c[8])));
    }
    final List<ApSample> aps = new ArrayList<>();
    for (final String[] c : rows(dir.resolve(policy + "-aps.csv"), AP_HEADER)) {
      aps.add(
          new ApSample(
              Long.parseLong(c[0]),
              c[1],
              decimal(c[2]),
              decimal(c[3]),
              decimal(c[4]),
              decimal(c[5]),
              decimal(c[6]),
              decimal(c[7])));
    }
    return new PolicySamples(policy, twins, aps);
  }

  private static List<String[]> rows(final Path file, final String[] header) throws IOException {
    final List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.getFirst().equals(String.join(",", header))) {
      throw new ExperimentException(file + ": expected the header " + String.join(",", header));
    }
    final List<String[]> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      final String[] cells = lines.get(i).split(",", -1);
      if (cells.length != header.length) {
        throw new ExperimentException(
            file + " line " + (i + 1) + ": " + cells.length + " cells, expected " + header.length);
      }
      rows.add(Arrays.stream(cells).map(String::strip).toArray(String[]::new));
    }
    return rows;
  }

  private static Object cell(final OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : "";
  }

  private static Object cell(final OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : "";
  }

  private static OptionalInt integer(final String cell) {
    return cell.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(cell));
  }

  private static OptionalDouble decimal(final String cell) {
    return cell.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(cell));
  }
}
