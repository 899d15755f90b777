/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.gateway;

import io.twinchain.node.offload.device.VibrationChunk;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reassembles one device's vibration windows from their {@link VibrationChunk}s, in the order the
 * twin recorded them. A chunk of a newer window drops an unfinished older one (a device that
 * restarted, or a part the ingestion refused), so a window is only ever built from parts of itself.
 */
final class WindowAssembler {
  private long window = -1;
  private float[][] parts = new float[0][];
  private int filled;

  /** Adds {@code chunk}; returns the window it completes, if any. */
  Optional<float[]> add(final VibrationChunk chunk) {
    if (chunk.window() != window || chunk.parts() != parts.length) {
      window = chunk.window();
      parts = new float[chunk.parts()][];
      filled = 0;
    }
    if (parts[chunk.part()] == null) {
      filled++;
    }
    parts[chunk.part()] = chunk.samples();
    if (filled < parts.length) {
      return Optional.empty();
    }
    final List<float[]> complete = new ArrayList<>(List.of(parts));
    window = -1;
    parts = new float[0][];
    filled = 0;
    return Optional.of(concatenate(complete));
  }

  private static float[] concatenate(final List<float[]> pieces) {
    final float[] out = new float[pieces.stream().mapToInt(piece -> piece.length).sum()];
    int at = 0;
    for (final float[] piece : pieces) {
      System.arraycopy(piece, 0, out, at, piece.length);
      at += piece.length;
    }
    return out;
  }
}
