/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A publish as any MQTT transport hands it over: topic, payload, and the MQTT 5 user property
 * {@code message-id} if the device set one.
 *
 * @param topic the topic it was published to
 * @param payload the raw payload
 * @param messageIdProperty the device's message id from the {@code message-id} user property
 */
public record InboundMessage(String topic, byte[] payload, Optional<String> messageIdProperty) {

  /** The MQTT 5 user property carrying the device's message id. */
  public static final String MESSAGE_ID_PROPERTY = "message-id";

  /** Rejects missing parts. */
  public InboundMessage {
    requireNonNull(topic, "topic");
    requireNonNull(payload, "payload");
    requireNonNull(messageIdProperty, "messageIdProperty");
  }
}
