/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.sim;

import java.util.Arrays;

/**
 * Everything one run logs per slot (spec §5.4 "log τ^inf, τ^bg, τ, Z, R, l*, f*"), in arrays
 * indexed by slot. Equal trajectories mean identical channels, data, decisions and winners (§7
 * property 11).
 */
public final class Trajectory {

  final double[] latency;
  final double[] expectedLatency;
  final double[] inferenceLatency;
  final double[] blockLatency;
  final double[] backlog;
  final int[] winner;
  final int[][] cuts;
  final double[][] contribution;
  final double[][] queue;
  final double[][] reputation;

  Trajectory(final int slots, final int twins, final int aps) {
    latency = new double[slots];
    expectedLatency = new double[slots];
    inferenceLatency = new double[slots];
    blockLatency = new double[slots];
    backlog = new double[slots];
    winner = new int[slots];
    cuts = new int[slots][twins];
    contribution = new double[slots][aps];
    queue = new double[slots + 1][aps];
    reputation = new double[slots + 1][aps];
  }

  /** T. */
  public int slots() {
    return latency.length;
  }

  /** K. */
  public int aps() {
    return queue[0].length;
  }

  /** τ(t) = τ^inf + drawn τ^bg + τ^prop. */
  public double latency(final int slot) {
    return latency[slot];
  }

  /** τ^inf + E[τ^bg] + τ^prop, the quantity P2 optimises. */
  public double expectedLatency(final int slot) {
    return expectedLatency[slot];
  }

  /** τ^inf(t). */
  public double inferenceLatency(final int slot) {
    return inferenceLatency[slot];
  }

  /** Drawn τ^bg(t). */
  public double blockLatency(final int slot) {
    return blockLatency[slot];
  }

  /** Σ_k Z_k(t) at the start of slot t. */
  public double backlog(final int slot) {
    return backlog[slot];
  }

  /** The AP that won slot t's block. */
  public int winner(final int slot) {
    return winner[slot];
  }

  /** l_n(t). */
  public int cut(final int slot, final int twin) {
    return cuts[slot][twin];
  }

  /** c_k(t). */
  public double contribution(final int slot, final int ap) {
    return contribution[slot][ap];
  }

  /** Z_k(t), t = 0..T. */
  public double queue(final int slot, final int ap) {
    return queue[slot][ap];
  }

  /** R_k(t), t = 0..T. */
  public double reputation(final int slot, final int ap) {
    return reputation[slot][ap];
  }

  /** (1/T) Σ_t c_k(t). */
  public double meanContribution(final int ap) {
    double sum = 0;
    for (final double[] slot : contribution) {
      sum += slot[ap];
    }
    return sum / slots();
  }

  @Override
  public boolean equals(final Object other) {
    return other instanceof Trajectory that
        && Arrays.equals(latency, that.latency)
        && Arrays.equals(winner, that.winner)
        && Arrays.deepEquals(cuts, that.cuts)
        && Arrays.deepEquals(contribution, that.contribution)
        && Arrays.deepEquals(queue, that.queue)
        && Arrays.deepEquals(reputation, that.reputation);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(latency) * 31 + Arrays.hashCode(winner);
  }
}
