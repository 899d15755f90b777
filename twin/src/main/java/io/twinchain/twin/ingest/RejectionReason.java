/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

/** Why a device message changed nothing; sent on {@code .../errors} and counted per value. */
public enum RejectionReason {
  /** The topic is not one of the twinchain device topics. */
  UNKNOWN_TOPIC,
  /** A gateway, device or message id in the topic or payload breaks its syntax rule. */
  INVALID_IDENTIFIER,
  /** The payload exceeds the byte limit. */
  PAYLOAD_TOO_LARGE,
  /** The payload is not well-formed JSON. */
  MALFORMED_JSON,
  /** Objects or arrays nest deeper than allowed. */
  TOO_DEEP,
  /** A string, number or object is larger than allowed. */
  VALUE_TOO_LARGE,
  /**
   * A member has the wrong JSON type (e.g. {@code values} not an object, {@code ts} not a number).
   */
  WRONG_TYPE,
  /** The payload carries no values. */
  EMPTY_PAYLOAD,
  /** The device is not registered. */
  UNKNOWN_DEVICE,
  /** The device is registered, but to another gateway. */
  WRONG_GATEWAY,
  /** The twin's current state refuses the change. */
  REFUSED_BY_TWIN,
  /** Processing failed unexpectedly; the gateway logged the cause and went on with the next one. */
  UNPROCESSABLE
}
