/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p.wire;

/** Why a connection is closed; the ordinal is the wire value, so only append. */
public enum DisconnectReason {
  REQUESTED,
  BREACH_OF_PROTOCOL,
  WRONG_CHAIN,
  INCOMPATIBLE_VERSION,
  ALREADY_CONNECTED,
  TOO_MANY_PEERS,
  NOT_ON_ALLOWLIST,
  HANDSHAKE_TIMEOUT,
  UNEXPECTED_IDENTITY,
  SHUTTING_DOWN,
  LOW_SCORE
}
