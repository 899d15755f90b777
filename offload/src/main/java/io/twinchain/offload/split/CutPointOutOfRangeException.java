/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.split;

/** A partition point outside {0..L} of the model it was asked of. */
public final class CutPointOutOfRangeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final int requested;
  private final int layers;

  /** Cut {@code requested} asked of a model with {@code layers} = L layers. */
  public CutPointOutOfRangeException(final int requested, final int layers) {
    super("cut point " + requested + " is outside 0.." + layers);
    this.requested = requested;
    this.layers = layers;
  }

  /** The partition point that was asked for. */
  public int requested() {
    return requested;
  }

  /** L, the largest valid partition point. */
  public int layers() {
    return layers;
  }
}
