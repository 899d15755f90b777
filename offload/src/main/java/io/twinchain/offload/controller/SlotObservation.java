/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.controller;

import io.twinchain.offload.latency.Checks;
import java.util.Arrays;

/**
 * What the controller observes at the start of slot t (spec §4: ξ(t) = {h(t), D_n(t)}): the samples
 * each DT must infer and each gateway's uplink rate (from a channel model in simulation, measured
 * on the live network).
 *
 * @param slot t
 * @param samples D_n(t), samples per DT (≥ 0)
 * @param linkRates r_m(t), bit/s per gateway (> 0)
 */
// Arrays for the hot loops; copied in and out, and equals/hashCode compare contents.
@SuppressWarnings("ArrayRecordComponent")
public record SlotObservation(long slot, double[] samples, double[] linkRates) {

  public SlotObservation {
    samples = samples.clone();
    linkRates = linkRates.clone();
    for (final double d : samples) {
      Checks.nonNegative("samples", d);
    }
    for (final double r : linkRates) {
      Checks.positive("link rate", r);
    }
  }

  @Override
  public double[] samples() {
    return samples.clone();
  }

  @Override
  public double[] linkRates() {
    return linkRates.clone();
  }

  @Override
  public boolean equals(final Object other) {
    return other instanceof SlotObservation that
        && slot == that.slot
        && Arrays.equals(samples, that.samples)
        && Arrays.equals(linkRates, that.linkRates);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(slot) * 961 + Arrays.hashCode(samples) * 31 + Arrays.hashCode(linkRates);
  }

  @Override
  public String toString() {
    return "SlotObservation[t="
        + slot
        + ", D="
        + Arrays.toString(samples)
        + ", r="
        + Arrays.toString(linkRates)
        + "]";
  }
}
