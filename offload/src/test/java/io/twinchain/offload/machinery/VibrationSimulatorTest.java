/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.machinery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Each fault shows its textbook signature in the spectrum of a simulated window. */
class VibrationSimulatorTest {
  private static final double SHAFT_HZ = 30;
  private static final MachineProfile FIXED_SPEED =
      new MachineProfile(8192, 8192, SHAFT_HZ, SHAFT_HZ + 1e-9, BearingGeometry.SKF_6205, 2500);
  private static final VibrationSimulator SIMULATOR = new VibrationSimulator(FIXED_SPEED);

  @Test
  void bearingOrdersMatchTheSkf6205() {
    assertThat(BearingGeometry.SKF_6205.outerRaceOrder()).isCloseTo(3.585, within(1e-3));
    assertThat(BearingGeometry.SKF_6205.innerRaceOrder()).isCloseTo(5.415, within(1e-3));
  }

  @Test
  void imbalanceRaisesOneTimesAboveHealthy() {
    final float[] healthy = window(MachineState.HEALTHY);
    final float[] imbalance = window(new MachineState(MachineCondition.IMBALANCE, 0.8));
    assertThat(amplitude(imbalance, SHAFT_HZ)).isGreaterThan(4 * amplitude(healthy, SHAFT_HZ));
  }

  @Test
  void misalignmentShowsTwoAndThreeTimes() {
    final float[] misaligned = window(new MachineState(MachineCondition.MISALIGNMENT, 0.8));
    assertThat(amplitude(misaligned, 2 * SHAFT_HZ)).isGreaterThan(0.5);
    assertThat(amplitude(misaligned, 3 * SHAFT_HZ)).isGreaterThan(0.2);
  }

  @Test
  void outerRaceImpactsRepeatAtBpfo() {
    final float[] faulty = window(new MachineState(MachineCondition.OUTER_RACE_FAULT, 1));
    final double bpfo = BearingGeometry.SKF_6205.outerRaceOrder() * SHAFT_HZ;
    final double[] envelope = envelope(faulty);
    assertThat(amplitude(envelope, bpfo)).isGreaterThan(3 * amplitude(envelope, bpfo * 1.25));
  }

  @Test
  void severityOutsideUnitRangeIsRejected() {
    assertThatThrownBy(() -> new MachineState(MachineCondition.IMBALANCE, 1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sameSeedSameWindow() {
    assertThat(window(MachineState.HEALTHY)).containsExactly(window(MachineState.HEALTHY));
  }

  private static float[] window(final MachineState state) {
    return SIMULATOR.window(state, new SplittableRandom(5));
  }

  private static double[] envelope(final float[] signal) {
    final double[] rectified = new double[signal.length];
    for (int i = 0; i < signal.length; i++) {
      rectified[i] = Math.abs(signal[i]);
    }
    return rectified;
  }

  private static double amplitude(final float[] signal, final double hz) {
    final double[] values = new double[signal.length];
    for (int i = 0; i < signal.length; i++) {
      values[i] = signal[i];
    }
    return amplitude(values, hz);
  }

  /** Single-bin DFT magnitude, scaled so a unit sinusoid reads 1. */
  private static double amplitude(final double[] signal, final double hz) {
    double re = 0;
    double im = 0;
    for (int i = 0; i < signal.length; i++) {
      final double phase = 2 * Math.PI * hz * i / FIXED_SPEED.sampleRateHz();
      re += signal[i] * Math.cos(phase);
      im += signal[i] * Math.sin(phase);
    }
    return 2 * Math.hypot(re, im) / signal.length;
  }

  private static org.assertj.core.data.Offset<Double> within(final double tolerance) {
    return org.assertj.core.data.Offset.offset(tolerance);
  }
}
