/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.mqtt;

import io.twinchain.twin.ingest.DeviceChannel;
import io.twinchain.twin.ingest.InboundMessage;
import java.util.function.BiConsumer;

/**
 * A broker connection for ingestion: QoS-1 subscriptions on a persistent session with manual
 * acknowledgements, and publishing back to devices. Adaptors: {@link PahoV5Transport} (MQTT 5) and
 * {@link PahoV3Transport} (MQTT 3.1.1).
 */
public interface MqttTransport extends DeviceChannel, AutoCloseable {

  /**
   * Connects and subscribes; every arriving publish goes to {@code sink} together with the action
   * that acknowledges it to the broker, which the sink runs only once the message is durable.
   */
  void start(BiConsumer<InboundMessage, Runnable> sink);

  /** Disconnects, leaving the persistent session (and unacknowledged messages) at the broker. */
  @Override
  void close();
}
