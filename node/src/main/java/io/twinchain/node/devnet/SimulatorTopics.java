/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet;

/** The devnet's fault-injection control topic, which the device simulator subscribes to. */
public final class SimulatorTopics {
  private SimulatorTopics() {}

  /**
   * {@code twinchain/devnet/simulator/{device}/fault}: {@code {"kind": "inner_race_fault",
   * "severity": 0.8}}; kind {@code healthy} repairs the machine.
   */
  public static String fault(final String device) {
    return "twinchain/devnet/simulator/" + device + "/fault";
  }
}
