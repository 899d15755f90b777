/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p.wire;

import java.util.function.Function;
import org.apache.tuweni.rlp.RLP;
import org.apache.tuweni.rlp.RLPException;
import org.apache.tuweni.rlp.RLPReader;

/** Decodes a frame's RLP list body, turning every RLP or range error into a typed one. */
final class RlpBodies {

  private RlpBodies() {}

  static <T> T decode(final Frame frame, final int expectedCode, final Function<RLPReader, T> fn)
      throws WireException {
    if (frame.code() != expectedCode) {
      throw new WireException(
          WireException.Reason.UNEXPECTED_MESSAGE,
          "expected " + TwinchainV1.name(expectedCode) + ", got " + TwinchainV1.name(frame.code()));
    }
    try {
      return RLP.decodeList(frame.body(), fn);
    } catch (RLPException | IllegalArgumentException | ArithmeticException e) {
      throw new WireException(
          WireException.Reason.MALFORMED_BODY,
          TwinchainV1.name(expectedCode) + ": " + e.getMessage());
    }
  }

  /** Requires a non-negative long that fits the field, as RLP scalars are unsigned. */
  static long nonNegative(final long value, final String field) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " is negative");
    }
    return value;
  }
}
