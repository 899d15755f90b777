/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p.wire;

/**
 * Message codes of the twinchain P2P protocol, version 1. Every frame's first byte is one of these;
 * a later version adds codes here as a delta and bumps {@link #VERSION}.
 */
public interface TwinchainV1 {
  /** Protocol version announced in STATUS. */
  int VERSION = 1;

  int STATUS = 0x00;
  int NEW_BLOCK = 0x01;
  int NEW_TRANSACTIONS = 0x02;
  int GET_BLOCKS = 0x03;
  int BLOCKS = 0x04;
  int REQUEST = 0x05;
  int RESPONSE = 0x06;
  int DISCONNECT = 0x07;

  /** Highest code this version knows. */
  int MAX_CODE = DISCONNECT;

  /** A name for logs. */
  static String name(final int code) {
    return switch (code) {
      case STATUS -> "STATUS";
      case NEW_BLOCK -> "NEW_BLOCK";
      case NEW_TRANSACTIONS -> "NEW_TRANSACTIONS";
      case GET_BLOCKS -> "GET_BLOCKS";
      case BLOCKS -> "BLOCKS";
      case REQUEST -> "REQUEST";
      case RESPONSE -> "RESPONSE";
      case DISCONNECT -> "DISCONNECT";
      default -> "UNKNOWN(" + code + ")";
    };
  }
}
