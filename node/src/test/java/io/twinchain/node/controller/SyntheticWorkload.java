/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import io.twinchain.offload.latency.Topology;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.crypto.Hash;

/**
 * Deterministic workloads for the loop test: D_n(t) ~ U{1..10} from a seed per (twin, slot), a
 * fixed uplink rate per gateway, and the AP work item each decision implies (tail FLOPs of the
 * decided cut times D_n(t); no DNN runs here).
 */
final class SyntheticWorkload {

  private static final double[] RATES = {2e6, 8e6};

  private final ControllerSetup setup;
  private final long seed;

  SyntheticWorkload(final ControllerSetup setup, final long seed) {
    this.setup = setup;
    this.seed = seed;
  }

  List<String> twinsOf(final int gateway) {
    final Topology topology = setup.system().latency().topology();
    return IntStream.range(0, setup.twins().size())
        .filter(n -> topology.gatewayOf(n) == gateway)
        .mapToObj(setup.twins()::get)
        .toList();
  }

  long samples(final String twin, final long slot) {
    return 1 + new SplittableRandom(seed * 31 + slot * 7919 + twin.hashCode()).nextInt(10);
  }

  WorkloadSource of(final int gateway) {
    return new WorkloadSource() {
      @Override
      public List<TwinLoad> workload(final long slot) {
        return twinsOf(gateway).stream().map(t -> new TwinLoad(t, samples(t, slot))).toList();
      }

      @Override
      public double linkRateBitsPerSecond() {
        return RATES[gateway];
      }
    };
  }

  CompletedWork work(final String twin, final long slot, final int cut) {
    final int n = setup.twins().indexOf(twin);
    final var topology = setup.system().latency().topology();
    final double tail = setup.system().latency().model(n).tailFlops(cut) * samples(twin, slot);
    return new CompletedWork(
        twin,
        slot,
        setup.aps().get(topology.apOfTwin(n)),
        cut,
        (long) tail,
        Bytes32.wrap(Hash.sha3((twin + slot + cut).getBytes(StandardCharsets.UTF_8))),
        1000);
  }
}
