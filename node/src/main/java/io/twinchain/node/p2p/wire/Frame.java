/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p.wire;

import org.apache.tuweni.bytes.Bytes;

/**
 * One wire message: a {@link TwinchainV1} code and its RLP body. On the wire a frame is a 4-byte
 * big-endian length (of code + body), the code byte, then the body.
 */
public record Frame(int code, Bytes body) {

  /** Bytes of framing overhead before the body (length prefix and code). */
  public static final int HEADER_LENGTH = 5;
}
