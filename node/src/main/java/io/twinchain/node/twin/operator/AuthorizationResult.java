/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin.operator;

/** The outcome of checking an operator's signature: the signer, or why it is refused. */
public sealed interface AuthorizationResult {

  /** The request is authorised by {@code operator}. */
  record Authorized(String operator) implements AuthorizationResult {}

  /** The request is refused. */
  record Refused(Reason reason, String detail) implements AuthorizationResult {}

  /** Why a signature does not authorise. */
  enum Reason {
    /** Not 65 bytes of r, s, v, or not a valid secp256k1 signature. */
    MALFORMED_SIGNATURE,
    /** The recovered signer is not on the operator list. */
    NOT_AN_OPERATOR,
    /** The expiry has passed, or lies too far ahead. */
    EXPIRED,
    /** The nonce is not above the signer's last nonce. */
    NONCE_REUSED
  }
}
