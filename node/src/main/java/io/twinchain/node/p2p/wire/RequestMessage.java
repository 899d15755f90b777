/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p.wire;

import java.nio.charset.StandardCharsets;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;

/** REQUEST: a generic request on a named topic (e.g. offloaded tensors), answered by RESPONSE. */
public record RequestMessage(long requestId, String topic, Bytes payload) {

  /** Longest topic name, in bytes. */
  public static final int MAX_TOPIC_LENGTH = 64;

  public Frame encode() {
    return new Frame(
        TwinchainV1.REQUEST,
        RLP.encodeList(
            w -> {
              w.writeLong(requestId);
              w.writeString(topic);
              w.writeValue(payload);
            }));
  }

  public static RequestMessage decode(final Frame frame) throws WireException {
    return RlpBodies.decode(
        frame,
        TwinchainV1.REQUEST,
        r -> {
          final long id = RlpBodies.nonNegative(r.readLong(), "requestId");
          final Bytes topic = r.readValue();
          if (topic.isEmpty() || topic.size() > MAX_TOPIC_LENGTH) {
            throw new IllegalArgumentException("topic of " + topic.size() + " bytes");
          }
          return new RequestMessage(
              id, new String(topic.toArrayUnsafe(), StandardCharsets.UTF_8), r.readValue());
        });
  }
}
