/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.controller;

import io.twinchain.offload.latency.BlockLatency;
import io.twinchain.offload.latency.LatencyModel;

/**
 * P2(t) of spec §5.2 for one slot: minimise V·τ(t) − Σ_k Z_k f^I_k / f^max_k given the observation
 * and the queue state. Evaluates any decision from scratch, which is what the brute-force oracle
 * and the tests compare against. The optional C4 (a minimum f^I when W_k > 0, τ ≤ τ_0) is not
 * imposed (A-CTRL-C4-OFF): the threshold rule already keeps f^I ≥ f^min(θ) > 0 wherever work is
 * queued, and the slot length is a simulation parameter, not a deadline.
 */
public final class SlotProblem {

  private final SystemModel model;
  private final SlotObservation observation;
  private final double tradeOff;
  private final double[] difficulties;
  private final double[] weights;

  /**
   * @param tradeOff V > 0
   * @param queueWeights the signed Z_k of P2's linear term (all zero for the latency-greedy
   *     variant)
   */
  public SlotProblem(
      final SystemModel model,
      final SlotObservation observation,
      final double tradeOff,
      final double[] reputations,
      final double[] queueWeights) {
    if (!(tradeOff > 0) || Double.isInfinite(tradeOff)) {
      throw new IllegalArgumentException("V must be finite and > 0, got " + tradeOff);
    }
    this.model = model;
    this.observation = observation;
    this.tradeOff = tradeOff;
    this.difficulties = model.consensus().difficulties(reputations);
    this.weights = queueWeights.clone();
  }

  public SystemModel model() {
    return model;
  }

  public SlotObservation observation() {
    return observation;
  }

  /** V. */
  public double tradeOff() {
    return tradeOff;
  }

  /** δ_k(t). */
  public double difficulty(final int ap) {
    return difficulties[ap];
  }

  /** The signed queue weight of AP k in P2 (Z_k under AT_LEAST). */
  public double weight(final int ap) {
    return weights[ap];
  }

  /** τ(t) = τ^inf + E[τ^bg] + τ^prop for a decision (spec §3.2). */
  public double latency(final Decision decision) {
    final LatencyModel latency = model.latency();
    return latency.inferenceLatency(
            observation.samples(),
            observation.linkRates(),
            decision.cuts(),
            decision.inferenceFrequency())
        + expectedBlockLatency(decision)
        + model.consensus().propagationSeconds();
  }

  /** E[τ^bg] = 1/Σ_k f^B_k/(ω δ_k). */
  public double expectedBlockLatency(final Decision decision) {
    return BlockLatency.expected(
        decision.miningFrequency(), model.consensus().cyclesPerHash(), difficulties);
  }

  /** P2's objective V·τ − Σ_k Z_k f^I_k/f^max_k. */
  public double objective(final Decision decision) {
    double reward = 0;
    for (int k = 0; k < weights.length; k++) {
      reward += weights[k] * decision.inference(k) / model.maxFrequency(k);
    }
    return tradeOff * latency(decision) - reward;
  }
}
