/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p.wire;

import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;

/** RESPONSE: the answer to the REQUEST with the same id. */
public record ResponseMessage(long requestId, Status status, Bytes payload) {

  /** Outcome of a request at the responder. */
  public enum Status {
    OK,
    UNKNOWN_TOPIC,
    HANDLER_FAILED
  }

  public Frame encode() {
    return new Frame(
        TwinchainV1.RESPONSE,
        RLP.encodeList(
            w -> {
              w.writeLong(requestId);
              w.writeInt(status.ordinal());
              w.writeValue(payload);
            }));
  }

  public static ResponseMessage decode(final Frame frame) throws WireException {
    return RlpBodies.decode(
        frame,
        TwinchainV1.RESPONSE,
        r -> {
          final long id = RlpBodies.nonNegative(r.readLong(), "requestId");
          final int status = r.readInt();
          if (status < 0 || status >= Status.values().length) {
            throw new IllegalArgumentException("status " + status);
          }
          return new ResponseMessage(id, Status.values()[status], r.readValue());
        });
  }
}
