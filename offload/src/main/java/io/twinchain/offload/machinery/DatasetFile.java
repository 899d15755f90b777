/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.machinery;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a labelled dataset for the Python trainer ({@code offload/models/scripts}). Layout, all
 * little-endian: magic {@code "TCVD"}, int32 version 1, int32 count, int32 samples per window,
 * int32 number of classes, {@code count} int8 labels (condition ordinals), then {@code count ×
 * samples} float32 samples.
 */
public final class DatasetFile {
  private static final byte[] MAGIC = "TCVD".getBytes(StandardCharsets.US_ASCII);
  private static final int VERSION = 1;

  private DatasetFile() {}

  /** Writes {@code windows} to {@code file}, replacing it. */
  public static void write(final Path file, final List<LabeledWindow> windows) throws IOException {
    final int samples = windows.getFirst().samples().length;
    try (OutputStream out = Files.newOutputStream(file)) {
      final ByteBuffer header = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN);
      header.put(MAGIC).putInt(VERSION).putInt(windows.size()).putInt(samples);
      header.putInt(MachineCondition.values().length);
      out.write(header.array());
      for (final LabeledWindow window : windows) {
        out.write(window.state().condition().ordinal());
      }
      final ByteBuffer row = ByteBuffer.allocate(samples * Float.BYTES);
      row.order(ByteOrder.LITTLE_ENDIAN);
      for (final LabeledWindow window : windows) {
        row.clear();
        row.asFloatBuffer().put(window.samples());
        out.write(row.array());
      }
    }
  }
}
