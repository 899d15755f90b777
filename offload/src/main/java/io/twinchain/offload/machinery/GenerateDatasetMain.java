/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.machinery;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a training or held-out dataset of the pump-motor profile for the classifier's trainer.
 * Arguments: output file, windows per class, seed. Called by {@code
 * offload/models/scripts/build-zoo.sh}.
 */
public final class GenerateDatasetMain {
  private GenerateDatasetMain() {}

  /** Entry point: {@code <file> <windowsPerClass> <seed>}. */
  public static void main(final String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: <file> <windowsPerClass> <seed>");
    }
    final ConditionDataset dataset =
        new ConditionDataset(new VibrationSimulator(MachineProfile.PUMP_MOTOR));
    DatasetFile.write(
        Path.of(args[0]), dataset.generate(Integer.parseInt(args[1]), Long.parseLong(args[2])));
  }
}
