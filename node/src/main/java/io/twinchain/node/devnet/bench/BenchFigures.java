/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.node.devnet.DevnetHttp;
import io.twinchain.node.devnet.DevnetLayout;
import io.twinchain.node.devnet.DevnetProcess;
import io.twinchain.node.devnet.ProcessTable;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The figures of one devnet benchmark run, gathered step by step into the one JSON line it prints
 * (the keys of the former {@code devnet/bench.py}, plus each process's readiness time and the CPU
 * seconds each had used when the start was over: a breakdown that does not depend on the load).
 */
final class BenchFigures {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final DevnetLayout layout;
  private final ProcessTable table;
  private final ObjectNode json = MAPPER.createObjectNode();

  BenchFigures(final DevnetLayout layout, final StartTiming.Times times) {
    this.layout = layout;
    this.table = new ProcessTable(layout.dataDir());
    json.put("access_points", layout.accessPoints())
        .put("gateways", layout.gateways())
        .put("devices", layout.devices())
        .put("first_block_s", round(times.firstBlock(), 10))
        .put("all_ready_s", round(times.allReady(), 10));
    final ObjectNode ready = json.putObject("ready_s");
    for (final DevnetProcess process : layout.processes()) {
      Optional.ofNullable(times.ready().get(process.name()))
          .ifPresent(seconds -> ready.put(process.name(), round(seconds, 10)));
    }
  }

  /** CPU seconds per process tree, taken once the first block is in and every process is ready. */
  void cpuAtStart() throws IOException {
    final ObjectNode cpu = json.putObject("cpu_s_at_start");
    for (final DevnetProcess process : layout.processes()) {
      cpu.put(process.name(), round(tree(process).cpuSeconds(), 10));
    }
  }

  /** Blocks and their mean interval between two heads of ap-1. */
  void window(final int seconds, final Optional<ChainHead> first, final Optional<ChainHead> last) {
    json.put("window_s", seconds);
    final long blocks =
        first.isPresent() && last.isPresent() ? last.get().number() - first.get().number() : 0;
    json.put("blocks_in_window", blocks);
    if (blocks > 0) {
      json.put(
          "mean_block_interval_s",
          round((double) (last.get().timestamp() - first.get().timestamp()) / blocks, 100));
    } else {
      json.putNull("mean_block_interval_s");
    }
  }

  /** Resident memory per process tree and in total, in MiB. */
  void memory() throws IOException {
    final ObjectNode perProcess = MAPPER.createObjectNode();
    long total = 0;
    for (final DevnetProcess process : layout.processes()) {
      final long megabytes = Math.round(tree(process).residentMegabytes());
      perProcess.put(process.name(), megabytes);
      total += megabytes;
    }
    json.put("rss_total_mb", total);
    json.set("rss_mb", perProcess);
  }

  /** How many twins there are, how many are classified, and their slot latency quantiles. */
  void latencies(final SlotLatencies latencies) {
    json.put("twins", latencies.twins()).put("twins_classified", latencies.latencies().size());
    final ObjectNode quantiles = json.putObject("slot_latency_ms");
    putOptional(quantiles, "p50", latencies.quantile(0.5));
    putOptional(quantiles, "p95", latencies.quantile(0.95));
    putOptional(quantiles, "max", latencies.quantile(1.0));
  }

  /** Every AP's head at the end of the window (-1 if it did not answer). */
  void heads(final DevnetHttp http, final List<Integer> apPorts) {
    final var heads = json.putArray("ap_heads_at_end");
    apPorts.forEach(
        port -> heads.add(ChainHead.read(http, port).map(ChainHead::number).orElse(-1L)));
  }

  String json() {
    return json.toString();
  }

  private ProcessTree tree(final DevnetProcess process) throws IOException {
    return table.pid(process.name()).map(ProcessTree::of).orElseGet(ProcessTree::none);
  }

  private static void putOptional(
      final ObjectNode node, final String key, final Optional<Double> value) {
    value.ifPresentOrElse(v -> node.put(key, v), () -> node.putNull(key));
  }

  private static double round(final double value, final int scale) {
    return Math.round(value * scale) / (double) scale;
  }
}
