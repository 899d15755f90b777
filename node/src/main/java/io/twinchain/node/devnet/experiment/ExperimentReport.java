/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The comparison as Markdown ({@code summary.md}, also printed): time-average latency per policy
 * with its ratio to the first policy (DPRA), whether the decisions were followed, how hash rate and
 * tail time moved with f^B and f^I, and how reputation and difficulty moved.
 */
final class ExperimentReport {

  private ExperimentReport() {}

  static String markdown(final List<PolicyResult> results) {
    final PolicyResult reference = results.getFirst();
    final StringBuilder md = new StringBuilder("### Time-average measured latency\n\n");
    md.append("| policy | latency (ms) ± 95% CI | slots | inferences | ratio to ")
        .append(reference.policy())
        .append(" |\n|---|---|---|---|---|\n");
    for (final PolicyResult r : results) {
      md.append(
          format(
              "| %s | %.2f ± %.2f | %d | %d | %.2f |%n",
              r.policy(),
              r.timeAverage().mean(),
              r.timeAverage().halfWidth(),
              r.timeAverage().count(),
              r.inferences(),
              r.timeAverage().mean() / reference.timeAverage().mean()));
    }
    md.append("\n### Decisions followed\n\n")
        .append("| policy | classifications with a decision | cut = slot's decision |")
        .append(" cut in force (slot's or previous) | r(f^I, tail ms) | r(f^B, hash rate) |\n")
        .append("|---|---|---|---|---|---|\n");
    for (final PolicyResult r : results) {
      md.append(
          format(
              "| %s | %d | %.1f%% | %.1f%% | %s | %s |%n",
              r.policy(),
              r.withDecision(),
              100 * r.followedExactly(),
              100 * r.followedInForce(),
              text(r.tailVsShare()),
              text(r.hashRateVsShare())));
    }
    md.append("\n### Reputation and difficulty (first → last R_k; δ_k/δ_0 range)\n\n")
        .append("| policy | AP | R_k | δ_k/δ_0 |\n|---|---|---|---|\n");
    for (final PolicyResult r : results) {
      for (final Map.Entry<String, double[]> ap : r.reputation().entrySet()) {
        final double[] factor =
            r.difficultyFactor().getOrDefault(ap.getKey(), new double[] {Double.NaN, Double.NaN});
        md.append(
            format(
                "| %s | %s | %.4f → %.4f | %.4f … %.4f |%n",
                r.policy(), ap.getKey(), ap.getValue()[0], ap.getValue()[1], factor[0], factor[1]));
      }
    }
    return md.toString();
  }

  static void write(final Path dir, final String markdown) throws IOException {
    Files.writeString(dir.resolve("summary.md"), markdown, StandardCharsets.UTF_8);
  }

  private static String text(final OptionalDouble value) {
    return value.isPresent() ? format("%+.2f", value.getAsDouble()) : "n/a (no variation)";
  }

  private static String format(final String pattern, final Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
