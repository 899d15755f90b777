/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.machinery;

import java.util.SplittableRandom;

/**
 * One simulated machine for a device simulator: its state can be changed at any time (fault
 * injection, repair), and each {@link #nextWindow()} is a fresh window of the current state.
 * Seeded, so a device's stream is reproducible. Thread-safe.
 */
public final class SimulatedMachine {
  private final VibrationSimulator simulator;
  private final SplittableRandom rng;
  private volatile MachineState state = MachineState.HEALTHY;

  /** A healthy machine of {@code profile} whose noise is determined by {@code seed}. */
  public SimulatedMachine(final MachineProfile profile, final long seed) {
    this.simulator = new VibrationSimulator(profile);
    this.rng = new SplittableRandom(seed);
  }

  /** Sets the condition from the next window on (inject a fault, or repair with HEALTHY). */
  public void setState(final MachineState newState) {
    state = newState;
  }

  /** The current condition. */
  public MachineState state() {
    return state;
  }

  /** The machine's profile (sample rate, window length). */
  public MachineProfile profile() {
    return simulator.profile();
  }

  /** The next accelerometer window, in g. */
  public synchronized float[] nextWindow() {
    return simulator.window(state, rng);
  }
}
