/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.node.devnet.DevnetHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The slot latency of every twin: {@code condition.latencyMs.total} of its latest classified window
 * (head + transfer + tail), read page by page with {@code twin_list} from each gateway.
 *
 * @param twins twins listed
 * @param latencies the latencies of those classified so far, in milliseconds, sorted
 */
record SlotLatencies(int twins, List<Double> latencies) {
  private static final int PAGE = 100;

  /** Reads every twin of the gateways serving JSON-RPC on {@code ports}. */
  static SlotLatencies read(final DevnetHttp http, final List<Integer> ports) {
    int twins = 0;
    final List<Double> latencies = new ArrayList<>();
    for (final int port : ports) {
      Optional<String> after = Optional.empty();
      do {
        final Map<String, Object> page =
            after
                .<Map<String, Object>>map(a -> Map.of("size", PAGE, "after", a))
                .orElse(Map.of("size", PAGE));
        final Optional<JsonNode> answer =
            http.call(port, "twin_list", Map.of("page", page)).result();
        if (answer.isEmpty()) {
          break;
        }
        final JsonNode result = answer.get();
        for (final JsonNode twin : result.path("items")) {
          twins++;
          final JsonNode total = twin.at("/features/condition/properties/latencyMs/total");
          if (total.isNumber()) {
            latencies.add(total.asDouble());
          }
        }
        after =
            result.path("next").isTextual()
                ? Optional.of(result.path("next").asText())
                : Optional.empty();
      } while (after.isPresent());
    }
    latencies.sort(Double::compare);
    return new SlotLatencies(twins, List.copyOf(latencies));
  }

  /** The {@code q}-quantile (nearest rank below, as the Python benchmark had it), if any. */
  Optional<Double> quantile(final double q) {
    if (latencies.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(latencies.get(Math.min(latencies.size() - 1, (int) (q * latencies.size()))));
  }
}
