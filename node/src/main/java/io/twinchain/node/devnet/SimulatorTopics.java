/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet;

/**
 * MQTT topics of the device simulator beyond the twin ingestion's own ({@code telemetry}): the raw
 * accelerometer window for the inference path, and the devnet's fault-injection control topic.
 */
public final class SimulatorTopics {
  private SimulatorTopics() {}

  /**
   * {@code twinchain/{gateway}/{device}/vibration}: one window of float32 little-endian samples in
   * g (1024 at 8192 Hz for the pump-motor profile), QoS 1, with MQTT 5 user properties {@code
   * message-id} and {@code sample-rate-hz}.
   */
  public static String vibration(final String gateway, final String device) {
    return "twinchain/" + gateway + "/" + device + "/vibration";
  }

  /**
   * {@code twinchain/devnet/simulator/{device}/fault}: {@code {"kind": "inner_race_fault",
   * "severity": 0.8}}; kind {@code healthy} repairs the machine.
   */
  public static String fault(final String device) {
    return "twinchain/devnet/simulator/" + device + "/fault";
  }
}
