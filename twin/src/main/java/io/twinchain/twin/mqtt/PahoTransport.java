/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.mqtt;

import io.twinchain.twin.ingest.InboundMessage;
import java.util.Arrays;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the two Paho adaptors share: start, publish through the {@link OutboundPublisher}, close,
 * and acknowledgements that tolerate a lost connection. Subclasses speak their Paho client's API.
 */
abstract class PahoTransport implements MqttTransport {

  private static final Logger LOG = LoggerFactory.getLogger(PahoTransport.class);

  /** One acknowledgement call of the Paho client. */
  @FunctionalInterface
  interface Acknowledgement {
    void run() throws Exception;
  }

  private final MqttSettings settings;
  private final OutboundPublisher outbound;

  PahoTransport(final MqttSettings settings) {
    this.settings = settings;
    this.outbound = new OutboundPublisher(this::publishOnce, this::inFlightFull);
  }

  /** Connects with a persistent session and subscribes to the settings' filters with QoS 1. */
  abstract void connectAndSubscribe(BiConsumer<InboundMessage, Runnable> sink) throws Exception;

  /** One QoS-1 publish attempt. */
  abstract void publishOnce(String topic, byte[] payload, boolean retained) throws Exception;

  /** Whether {@code e} says the client's in-flight window is full. */
  abstract boolean inFlightFull(Exception e);

  /** Disconnects and releases the client. */
  abstract void disconnect() throws Exception;

  /** The protocol name for logs. */
  abstract String protocol();

  MqttSettings settings() {
    return settings;
  }

  @Override
  public final void start(final BiConsumer<InboundMessage, Runnable> sink) {
    try {
      connectAndSubscribe(sink);
    } catch (Exception e) {
      throw new MqttTransportException("cannot connect to " + settings.serverUri(), e);
    }
    LOG.info(
        "Ingesting from {} as {} ({}): {}",
        settings.serverUri(),
        settings.clientId(),
        protocol(),
        settings.subscriptions());
  }

  @Override
  public final void publish(final String topic, final byte[] payload, final boolean retained) {
    outbound.publish(topic, payload, retained);
  }

  @Override
  public final void close() {
    outbound.close();
    try {
      disconnect();
    } catch (Exception e) {
      LOG.warn("Unclean MQTT disconnect: {}", e.getMessage());
    }
  }

  /** QoS 1 for every subscription filter. */
  int[] qosOne() {
    final int[] qos = new int[settings.subscriptions().size()];
    Arrays.fill(qos, 1);
    return qos;
  }

  /** An acknowledgement that, if the connection is gone, leaves redelivery to the broker. */
  static Runnable acknowledgement(final int messageId, final Acknowledgement acknowledgement) {
    return () -> {
      try {
        acknowledgement.run();
      } catch (Exception e) {
        LOG.debug("Could not acknowledge message {}: {}", messageId, e.getMessage());
      }
    };
  }
}
