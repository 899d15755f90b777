/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

/** The way back to devices: publishes on the broker (QoS 1), implemented by the MQTT transports. */
@FunctionalInterface
public interface DeviceChannel {

  /**
   * Publishes {@code payload} on {@code topic}; returns without waiting for the broker.
   *
   * @param retained whether the broker keeps it for devices that subscribe later
   */
  void publish(String topic, byte[] payload, boolean retained);
}
