/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.latency;

import java.util.Arrays;

/**
 * One DT's DNN as the latency model sees it (spec §2.2): χ_l, the FLOPs of layer l per sample (l =
 * 1..L), and ψ_l, the bits sent per sample when the model is cut after layer l (l = 0..L, ψ_0 = raw
 * input). Prefix sums make the gateway and AP work of any cut O(1) (spec §5.3).
 */
public final class LayerTable {

  private final String name;
  private final double[] flops;
  private final double[] cutBits;
  private final double[] prefixFlops;

  /**
   * @param name model name, for reports
   * @param flops χ_1..χ_L, FLOPs per sample; index 0 holds layer 1
   * @param cutBits ψ_0..ψ_L, bits per sample; length L + 1
   */
  public LayerTable(final String name, final double[] flops, final double[] cutBits) {
    if (flops.length == 0 || cutBits.length != flops.length + 1) {
      throw new IllegalArgumentException(
          "need L >= 1 layer FLOPs and L + 1 cut sizes, got "
              + flops.length
              + " and "
              + cutBits.length);
    }
    checkNonNegative("flops", flops);
    checkNonNegative("cutBits", cutBits);
    this.name = name;
    this.flops = flops.clone();
    this.cutBits = cutBits.clone();
    this.prefixFlops = new double[flops.length + 1];
    for (int l = 1; l <= flops.length; l++) {
      prefixFlops[l] = prefixFlops[l - 1] + flops[l - 1];
    }
  }

  private static void checkNonNegative(final String what, final double[] values) {
    for (final double value : values) {
      if (!(value >= 0) || Double.isInfinite(value)) {
        throw new IllegalArgumentException(what + " must be finite and >= 0: " + value);
      }
    }
  }

  /** Model name. */
  public String name() {
    return name;
  }

  /** L, the number of layers; valid cuts are 0..L. */
  public int layerCount() {
    return flops.length;
  }

  /** χ_l for l in 1..L. */
  public double layerFlops(final int layer) {
    return flops[layer - 1];
  }

  /** Σ_{l=1}^{cut} χ_l: FLOPs per sample run at the gateway. */
  public double headFlops(final int cut) {
    return prefixFlops[checkCut(cut)];
  }

  /** Σ_{l=cut+1}^{L} χ_l: FLOPs per sample run at the AP. */
  public double tailFlops(final int cut) {
    return prefixFlops[flops.length] - prefixFlops[checkCut(cut)];
  }

  /** Total FLOPs per sample. */
  public double totalFlops() {
    return prefixFlops[flops.length];
  }

  /** ψ_cut: bits per sample sent to the AP. */
  public double cutBits(final int cut) {
    return cutBits[checkCut(cut)];
  }

  private int checkCut(final int cut) {
    if (cut < 0 || cut > flops.length) {
      throw new IllegalArgumentException("cut " + cut + " outside 0.." + flops.length);
    }
    return cut;
  }

  @Override
  public boolean equals(final Object other) {
    return other instanceof LayerTable that
        && name.equals(that.name)
        && Arrays.equals(flops, that.flops)
        && Arrays.equals(cutBits, that.cutBits);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * name.hashCode() + Arrays.hashCode(flops)) + Arrays.hashCode(cutBits);
  }

  @Override
  public String toString() {
    return "LayerTable[" + name + ", L=" + flops.length + ", " + totalFlops() + " FLOPs]";
  }
}
