/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.controller;

import java.util.Arrays;

/**
 * One slot's decision, exactly the spec §7 property 3 variables: l_n per DT and (f^I_k, f^B_k) per
 * AP with f^I_k + f^B_k ≤ f^max_k (C2).
 *
 * @param cuts l_n(t) ∈ {0..L_n}
 * @param inferenceFrequency f^I_k(t), Hz
 * @param miningFrequency f^B_k(t), Hz
 */
// Arrays for the hot loops; copied in and out, and equals/hashCode compare contents.
@SuppressWarnings("ArrayRecordComponent")
public record Decision(int[] cuts, double[] inferenceFrequency, double[] miningFrequency) {

  public Decision {
    if (inferenceFrequency.length != miningFrequency.length) {
      throw new IllegalArgumentException("f^I and f^B need one entry per AP");
    }
    cuts = cuts.clone();
    inferenceFrequency = inferenceFrequency.clone();
    miningFrequency = miningFrequency.clone();
  }

  /** A decision that gives each AP's remaining budget to mining: f^B_k = f^max_k − f^I_k. */
  public static Decision withMiningRemainder(
      final SystemModel model, final int[] cuts, final double[] inferenceFrequency) {
    final double[] mining = new double[inferenceFrequency.length];
    for (int k = 0; k < mining.length; k++) {
      mining[k] = Math.max(0, model.maxFrequency(k) - inferenceFrequency[k]);
    }
    return new Decision(cuts, inferenceFrequency, mining);
  }

  @Override
  public int[] cuts() {
    return cuts.clone();
  }

  @Override
  public double[] inferenceFrequency() {
    return inferenceFrequency.clone();
  }

  @Override
  public double[] miningFrequency() {
    return miningFrequency.clone();
  }

  /** l_n. */
  public int cut(final int twin) {
    return cuts[twin];
  }

  /** f^I_k. */
  public double inference(final int ap) {
    return inferenceFrequency[ap];
  }

  /** f^B_k. */
  public double mining(final int ap) {
    return miningFrequency[ap];
  }

  @Override
  public boolean equals(final Object other) {
    return other instanceof Decision that
        && Arrays.equals(cuts, that.cuts)
        && Arrays.equals(inferenceFrequency, that.inferenceFrequency)
        && Arrays.equals(miningFrequency, that.miningFrequency);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(cuts) * 961
        + Arrays.hashCode(inferenceFrequency) * 31
        + Arrays.hashCode(miningFrequency);
  }

  @Override
  public String toString() {
    return "Decision[cuts="
        + Arrays.toString(cuts)
        + ", fI="
        + Arrays.toString(inferenceFrequency)
        + ", fB="
        + Arrays.toString(miningFrequency)
        + "]";
  }
}
