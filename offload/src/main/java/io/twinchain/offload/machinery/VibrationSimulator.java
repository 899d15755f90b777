/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.machinery;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Generates accelerometer windows (unit: g) of a rotating machine in a given condition.
 *
 * <p>Every window carries the healthy baseline: residual imbalance at 1x, a small 2x, and sensor
 * noise. A fault adds its signature on top, scaled by severity: imbalance a 1x component growing
 * with the square of speed (centrifugal force), misalignment 2x and 3x harmonics (plus a little
 * 1x), and bearing faults resonance-ringing impacts at BPFO or BPFI. Speed varies between and
 * within windows ({@link ShaftMotion}). The same instance serves dataset generation and the
 * devnet's device simulator. Assumption {@code A-OFFLOAD-MACHINERY-SIM}.
 */
public final class VibrationSimulator {
  private final MachineProfile profile;

  /** A simulator of the given machine. */
  public VibrationSimulator(final MachineProfile profile) {
    this.profile = profile;
  }

  /** The simulated machine. */
  public MachineProfile profile() {
    return profile;
  }

  /** One window of {@link MachineProfile#windowSamples()} acceleration samples. */
  public float[] window(final MachineState state, final RandomGenerator rng) {
    final ShaftMotion shaft = ShaftMotion.draw(profile, rng);
    final float[] window = new float[profile.windowSamples()];
    for (final VibrationComponent component : components(state, shaft, rng)) {
      component.addTo(window, shaft, rng);
    }
    return window;
  }

  private List<VibrationComponent> components(
      final MachineState state, final ShaftMotion shaft, final RandomGenerator rng) {
    final double severity = state.severity();
    final double midSpeed = (profile.minShaftHz() + profile.maxShaftHz()) / 2;
    final double speedSquared = Math.pow(shaft.meanShaftHz() / midSpeed, 2);
    final List<VibrationComponent> parts = new ArrayList<>();
    parts.add(new ShaftHarmonic(1, rng.nextDouble(0.05, 0.15) * speedSquared));
    parts.add(new ShaftHarmonic(2, rng.nextDouble(0.02, 0.05)));
    parts.add(new SensorNoise(rng.nextDouble(0.05, 0.10)));
    switch (state.condition()) {
      case HEALTHY -> {}
      case IMBALANCE -> parts.add(new ShaftHarmonic(1, (0.3 + 0.9 * severity) * speedSquared));
      case MISALIGNMENT -> {
        parts.add(new ShaftHarmonic(1, 0.1 * severity));
        parts.add(new ShaftHarmonic(2, 0.25 + 0.7 * severity));
        parts.add(new ShaftHarmonic(3, 0.1 + 0.35 * severity));
      }
      case OUTER_RACE_FAULT -> parts.add(impacts(profile.bearing().outerRaceOrder(), 0, severity));
      case INNER_RACE_FAULT ->
          parts.add(
              impacts(profile.bearing().innerRaceOrder(), rng.nextDouble(0.5, 0.9), severity));
    }
    return parts;
  }

  private BearingImpacts impacts(final double order, final double depth, final double severity) {
    return new BearingImpacts(order, 0.4 + 1.2 * severity, depth, profile.resonanceHz());
  }
}
