/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.controller;

import io.twinchain.chain.reputation.ExponentialDifficulty;
import io.twinchain.offload.latency.ApSpec;
import io.twinchain.offload.latency.GatewaySpec;
import io.twinchain.offload.latency.InferenceAggregation;
import io.twinchain.offload.latency.LatencyModel;
import io.twinchain.offload.latency.LayerTable;
import io.twinchain.offload.latency.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random small instances of P2 on the scale of spec §6.3 (VGG-like FLOPs and bits, GHz processors,
 * δ_0 = 1e6), for comparing solvers with the brute-force oracle.
 */
final class SmallInstances {

  final SystemModel model;
  final SlotObservation observation;
  final QueueState state;

  private SmallInstances(
      final SystemModel model, final SlotObservation observation, final QueueState state) {
    this.model = model;
    this.observation = observation;
    this.state = state;
  }

  static SmallInstances random(
      final long seed,
      final int twins,
      final int layers,
      final int aps,
      final InferenceAggregation aggregation) {
    final SplittableRandom random = new SplittableRandom(seed);
    final int gateways = Math.max(1, Math.min(twins, aps + random.nextInt(2)));
    final int[] gatewayOf = new int[twins];
    for (int n = 0; n < twins; n++) {
      gatewayOf[n] = n % gateways;
    }
    final int[] apOf = new int[gateways];
    for (int m = 0; m < gateways; m++) {
      apOf[m] = m % aps;
    }
    final List<LayerTable> tables = new ArrayList<>();
    for (int n = 0; n < twins; n++) {
      tables.add(table(random, layers));
    }
    final List<GatewaySpec> gatewaySpecs = new ArrayList<>();
    for (int m = 0; m < gateways; m++) {
      gatewaySpecs.add(new GatewaySpec(random.nextDouble(0.5e9, 2e9), 8));
    }
    final List<ApSpec> apSpecs = new ArrayList<>();
    for (int k = 0; k < aps; k++) {
      apSpecs.add(new ApSpec(random.nextDouble(2e9, 5e9), 32));
    }
    final SystemModel model =
        new SystemModel(
            new LatencyModel(
                new Topology(gatewayOf, apOf, aps), tables, gatewaySpecs, apSpecs, aggregation),
            new ConsensusModel(1000, 1e6, new ExponentialDifficulty(1.0, 0.01), 0));
    final double[] samples = new double[twins];
    for (int n = 0; n < twins; n++) {
      samples[n] = 1 + random.nextInt(10);
    }
    final double[] rates = new double[gateways];
    for (int m = 0; m < gateways; m++) {
      rates[m] = random.nextDouble(2e6, 3e7);
    }
    final double[] queues = new double[aps];
    final double[] reputations = new double[aps];
    for (int k = 0; k < aps; k++) {
      queues[k] = random.nextInt(3) == 0 ? 0 : random.nextDouble(0, 20);
      reputations[k] = random.nextDouble();
    }
    return new SmallInstances(
        model, new SlotObservation(0, samples, rates), new QueueState(queues, reputations));
  }

  private static LayerTable table(final SplittableRandom random, final int layers) {
    final double[] flops = new double[layers];
    final double[] bits = new double[layers + 1];
    bits[0] = 98_304;
    for (int l = 0; l < layers; l++) {
      flops[l] = random.nextInt(5) == 0 ? 0 : random.nextDouble(1e6, 150e6);
      bits[l + 1] = random.nextDouble(5e3, 2.5e6);
    }
    return new LayerTable("random", flops, bits);
  }

  DpraPolicy policy(final double tradeOff, final PartitionSearch search) {
    return new DpraPolicy(
        "test", model, tradeOff, ConstraintDirection.AT_LEAST, search, new DpraAllocation(), true);
  }
}
