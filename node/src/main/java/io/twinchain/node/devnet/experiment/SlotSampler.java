/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.offload.sim.SlotProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Samples a running devnet slot by slot. At 80% of slot s it reads what is live (each AP's hash
 * rate, {@code rep_list}) against decision s, and what is finished two slots back (each twin's
 * partition of slot s − 2 against decisions s − 2 and s − 3), so no slot's inference is read before
 * it completed. A sampler that falls behind still reads every twin slot (the gateways keep 1,024
 * slots) but skips the live AP reading of the slots it missed.
 */
final class SlotSampler {
  private static final long SETTLE_SLOTS = 2;

  private final DevnetProbe probe;
  private final ExperimentSettings settings;
  private final Map<Long, Optional<JsonNode>> decisions = new ConcurrentHashMap<>();

  SlotSampler(final DevnetProbe probe, final ExperimentSettings settings) {
    this.probe = probe;
    this.settings = settings;
  }

  PolicySamples sample(final String policy, final SlotProgress progress) {
    final long genesis = probe.genesisMillis().orElseThrow(() -> missing("the genesis block"));
    final long first = awaitFirstDecision() + settings.warmupSlots();
    final long offset = offset(genesis, first);
    final long slotMillis = settings.slot().toMillis();
    final List<ApSample> aps = new ArrayList<>();
    final List<Future<List<TwinSample>>> twins = new ArrayList<>();
    final long last = first + settings.slots() - 1;
    // The twins' records are history (dnn_getPartition keeps 1,024 slots), read on another thread,
    // so that on a loaded machine their ten calls a slot do not push the APs' readings, which
    // must be taken inside their slot, out of it.
    final ExecutorService reader = Executors.newSingleThreadExecutor();
    try {
      for (long s = first; s <= last + SETTLE_SLOTS; s++) {
        final long readAt = genesis + s * slotMillis + slotMillis * 4 / 5;
        sleepUntil(readAt);
        if (s <= last && System.currentTimeMillis() < readAt + slotMillis / 5) {
          aps.addAll(readAps(s));
        }
        final long settled = s - SETTLE_SLOTS;
        if (settled >= first) {
          twins.add(
              reader.submit(
                  () -> {
                    final List<TwinSample> read = readTwins(settled, offset);
                    progress.slotDone();
                    return read;
                  }));
        }
      }
      return new PolicySamples(policy, collect(twins), aps);
    } finally {
      reader.shutdownNow();
    }
  }

  private static List<TwinSample> collect(final List<Future<List<TwinSample>>> reads) {
    final List<TwinSample> twins = new ArrayList<>();
    try {
      for (final Future<List<TwinSample>> read : reads) {
        twins.addAll(read.get());
      }
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExperimentException("interrupted");
    } catch (final ExecutionException e) {
      throw new ExperimentException("reading the twins' partitions failed: " + e.getCause());
    }
    return twins;
  }

  private long awaitFirstDecision() {
    final long deadline = System.nanoTime() + 120_000_000_000L;
    while (System.nanoTime() < deadline) {
      final OptionalLong current = probe.currentSlot();
      if (current.isPresent() && probe.decision(current.getAsLong() - 1).isPresent()) {
        return current.getAsLong();
      }
      sleepMillis(settings.slot().toMillis() / 2);
    }
    throw missing("a controller decision within 120 s");
  }

  /** Waits for a twin with a condition, to tell how its gateway numbers slots. */
  private long offset(final long genesis, final long first) {
    sleepUntil(genesis + (first + 1) * settings.slot().toMillis());
    final Map.Entry<String, List<String>> gateway =
        probe.twinsByGateway().entrySet().iterator().next();
    for (int attempt = 0; attempt < 60; attempt++) {
      for (final String twin : gateway.getValue()) {
        final OptionalLong condition = probe.conditionSlot(gateway.getKey(), twin);
        if (condition.isPresent()) {
          return SlotAlignment.offset(
              condition.getAsLong(),
              probe.currentSlot().orElseThrow(),
              genesis,
              settings.slot().toMillis());
        }
      }
      sleepMillis(settings.slot().toMillis());
    }
    throw missing("a classified twin (no condition after 60 slots)");
  }

  private List<ApSample> readAps(final long slot) {
    final Map<String, double[]> shares = decision(slot).map(RpcReadings::shares).orElse(Map.of());
    final Map<String, double[]> before =
        decision(slot - 1).map(RpcReadings::shares).orElse(Map.of());
    final Map<String, double[]> reputations =
        probe.reputations().map(RpcReadings::reputations).orElse(Map.of());
    final List<ApSample> samples = new ArrayList<>();
    probe
        .apByAddress()
        .forEach(
            (address, name) ->
                samples.add(
                    new ApSample(
                        slot,
                        name,
                        part(shares.get(address), 0),
                        part(shares.get(address), 1),
                        part(before.get(address), 1),
                        probe.hashRate(name),
                        part(reputations.get(address), 0),
                        part(reputations.get(address), 1))));
    return samples;
  }

  private List<TwinSample> readTwins(final long slot, final long offset) {
    final Optional<JsonNode> decided = decision(slot);
    final Map<String, Integer> cuts = decided.map(RpcReadings::cuts).orElse(Map.of());
    final Map<String, Integer> previous =
        decision(slot - 1).map(RpcReadings::cuts).orElse(Map.of());
    final Map<String, double[]> shares = decided.map(RpcReadings::shares).orElse(Map.of());
    final List<TwinSample> samples = new ArrayList<>();
    probe
        .twinsByGateway()
        .forEach(
            (gateway, twins) -> {
              for (final String twin : twins) {
                final Optional<JsonNode> partition =
                    probe.partition(gateway, twin, slot + offset).filter(JsonNode::isObject);
                final OptionalDouble share =
                    partition
                        .flatMap(p -> probe.apAddress(p.path("ap").asText()))
                        .map(address -> part(shares.get(address), 0))
                        .orElse(OptionalDouble.empty());
                samples.add(
                    new TwinSample(
                        slot,
                        gateway,
                        twin,
                        optional(cuts.get(twin)),
                        optional(previous.get(twin)),
                        partition.map(RpcReadings::usedCut).orElse(OptionalInt.empty()),
                        share,
                        partition
                            .map(p -> RpcReadings.latency(p, "tail"))
                            .orElse(OptionalDouble.empty()),
                        partition
                            .map(p -> RpcReadings.latency(p, "total"))
                            .orElse(OptionalDouble.empty())));
              }
            });
    return samples;
  }

  private Optional<JsonNode> decision(final long slot) {
    return decisions.computeIfAbsent(slot, probe::decision);
  }

  private static OptionalDouble part(final double[] values, final int index) {
    return values == null ? OptionalDouble.empty() : OptionalDouble.of(values[index]);
  }

  private static OptionalInt optional(final Integer value) {
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }

  private static void sleepUntil(final long epochMillis) {
    sleepMillis(epochMillis - System.currentTimeMillis());
  }

  private static void sleepMillis(final long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExperimentException("interrupted");
    }
  }

  private static ExperimentException missing(final String what) {
    return new ExperimentException("the devnet did not show " + what);
  }
}
