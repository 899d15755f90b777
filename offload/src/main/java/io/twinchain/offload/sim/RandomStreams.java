/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.sim;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Independent random streams derived from one seed (spec §7 property 11): the channel, the data,
 * the mining race, the node placement and the policy each draw from their own stream, so changing
 * the policy never shifts the channel or data a slot sees, and every policy faces identical traces.
 */
public final class RandomStreams {

  private final long seed;

  public RandomStreams(final long seed) {
    this.seed = seed;
  }

  public long seed() {
    return seed;
  }

  /** Fading draws |h|². */
  public RandomGenerator channel() {
    return stream(1);
  }

  /** Workload draws D_n(t). */
  public RandomGenerator data() {
    return stream(2);
  }

  /**
   * Uniforms for the mining race, one per AP per slot drawn whatever the decision, so every policy
   * races on common random numbers (A-CTRL-RACE-CRN): T_k = −ln(1 − U_k)/λ_k.
   */
  public RandomGenerator mining() {
    return stream(3);
  }

  /** Gateway-AP distances. */
  public RandomGenerator placement() {
    return stream(4);
  }

  /** Randomised policies (the random-cut baseline). */
  public RandomGenerator policy() {
    return stream(5);
  }

  private RandomGenerator stream(final long id) {
    return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + id));
  }

  /** SplitMix64's finaliser: neighbouring seeds give unrelated streams. */
  private static long mix(final long value) {
    long z = value;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
