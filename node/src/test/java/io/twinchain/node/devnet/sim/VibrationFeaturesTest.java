/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.twinchain.offload.machinery.MachineCondition;
import io.twinchain.offload.machinery.MachineProfile;
import io.twinchain.offload.machinery.MachineState;
import io.twinchain.offload.machinery.SimulatedMachine;
import org.junit.jupiter.api.Test;

class VibrationFeaturesTest {

  @Test
  void sineHasTheTextbookIndicators() {
    final float[] sine = new float[8192];
    for (int i = 0; i < sine.length; i++) {
      sine[i] = (float) Math.sin(2 * Math.PI * 25 * i / 8192.0);
    }
    final VibrationFeatures features = VibrationFeatures.of(sine);
    assertThat(features.rmsG()).isCloseTo(Math.sqrt(0.5), within(1e-3));
    assertThat(features.crestFactor()).isCloseTo(Math.sqrt(2), within(1e-2));
    assertThat(features.kurtosis()).isCloseTo(1.5, within(1e-2));
  }

  @Test
  void bearingImpactsRaiseKurtosisOverAHealthyMachine() {
    final SimulatedMachine machine = new SimulatedMachine(MachineProfile.PUMP_MOTOR, 7);
    final double healthy = meanKurtosis(machine);
    machine.setState(new MachineState(MachineCondition.INNER_RACE_FAULT, 0.8));
    assertThat(meanKurtosis(machine)).isGreaterThan(healthy * 1.5);
  }

  private static double meanKurtosis(final SimulatedMachine machine) {
    double sum = 0;
    for (int i = 0; i < 5; i++) {
      sum += VibrationFeatures.of(machine.nextWindow()).kurtosis();
    }
    return sum / 5;
  }
}
