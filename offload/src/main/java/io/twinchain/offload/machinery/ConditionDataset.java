/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.machinery;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A balanced, seeded set of labelled windows: the same number per condition, fault severities drawn
 * uniformly from [{@value #MIN_FAULT_SEVERITY}, 1]. Different seeds give independent sets, which is
 * how the training and held-out sets are kept apart.
 */
public final class ConditionDataset {
  /** Weakest fault in the dataset; below it a fault is not yet distinguishable from health. */
  public static final double MIN_FAULT_SEVERITY = 0.2;

  private final VibrationSimulator simulator;

  /** A dataset generator over the given simulator. */
  public ConditionDataset(final VibrationSimulator simulator) {
    this.simulator = simulator;
  }

  /** {@code perClass} windows of every condition, interleaved, fully determined by {@code seed}. */
  public List<LabeledWindow> generate(final int perClass, final long seed) {
    final SplittableRandom rng = new SplittableRandom(seed);
    final List<LabeledWindow> windows = new ArrayList<>();
    for (int i = 0; i < perClass; i++) {
      for (final MachineCondition condition : MachineCondition.values()) {
        final double severity =
            condition == MachineCondition.HEALTHY ? 0 : rng.nextDouble(MIN_FAULT_SEVERITY, 1);
        final MachineState state = new MachineState(condition, severity);
        windows.add(new LabeledWindow(state, simulator.window(state, rng)));
      }
    }
    return windows;
  }
}
