/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.twin.model.InvalidIdentifierException;
import io.twinchain.twin.model.MessageId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Decides what identifies a device message, in this order: the MQTT 5 user property {@code
 * message-id}; the payload's top-level {@code msgId} string (for MQTT 3.1.1 devices); otherwise
 * {@code sha256:} and 128 bits of SHA-256 over topic and payload, so an unchanged retransmission is
 * recognised. Assumption A-TWIN-MSGID: with the hash fallback, two identical payloads on one topic
 * count as one message, so devices without ids should send a {@code ts}.
 */
public final class MessageIdentity {

  /** The payload member carrying the message id. */
  public static final String PAYLOAD_FIELD = "msgId";

  private MessageIdentity() {}

  /**
   * The id of {@code message}; removes the reserved {@code msgId} member from {@code payload} (if
   * it is an object) either way, so it never becomes a property.
   */
  public static MessageId identify(final InboundMessage message, final JsonNode payload)
      throws MessageRejectedException {
    final Optional<JsonNode> field =
        payload instanceof ObjectNode object
            ? Optional.ofNullable(object.remove(PAYLOAD_FIELD))
            : Optional.empty();
    if (message.messageIdProperty().isPresent()) {
      return validated(message.messageIdProperty().get(), InboundMessage.MESSAGE_ID_PROPERTY);
    }
    if (field.isPresent()) {
      final JsonNode id = field.get();
      if (!id.isTextual()) {
        throw MessageRejectedException.of(
            RejectionReason.WRONG_TYPE,
            PAYLOAD_FIELD,
            "expected a string, got " + id.getNodeType());
      }
      return validated(id.asText(), PAYLOAD_FIELD);
    }
    return hashed(message.topic(), message.payload());
  }

  /** The id of the {@code index}-th entry for {@code device} inside a gateway batch. */
  public static MessageId part(final MessageId batch, final String device, final int index) {
    final String id = batch.value() + "/" + device + "/" + index;
    return id.length() <= 128 ? new MessageId(id) : hashed(id, new byte[0]);
  }

  private static MessageId validated(final String id, final String field)
      throws MessageRejectedException {
    try {
      return new MessageId(id);
    } catch (InvalidIdentifierException e) {
      throw MessageRejectedException.of(RejectionReason.INVALID_IDENTIFIER, field, e.getMessage());
    }
  }

  private static MessageId hashed(final String topic, final byte[] payload) {
    try {
      final MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(topic.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(payload);
      return new MessageId("sha256:" + HexFormat.of().formatHex(digest.digest(), 0, 16));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
