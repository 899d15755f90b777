/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.validation;

import java.util.Optional;

/**
 * Why an input was refused: a typed code, a human-readable message and, where a value was compared,
 * the expected and the actual value, so RPC, logs and tests all see the same facts.
 *
 * @param code what kind of invalidity
 * @param message one sentence for operators
 * @param expected the value the rule required, if the rule compares values
 * @param actual the value found, if the rule compares values
 */
public record InvalidReason(
    ReasonCode code, String message, Optional<String> expected, Optional<String> actual) {

  /** A reason without compared values. */
  public static InvalidReason of(final ReasonCode code, final String message) {
    return new InvalidReason(code, message, Optional.empty(), Optional.empty());
  }

  /** A reason for a value that differs from the one required. */
  public static InvalidReason mismatch(
      final ReasonCode code, final String what, final Object expected, final Object actual) {
    return new InvalidReason(
        code,
        what + ": expected " + expected + ", actual " + actual,
        Optional.of(String.valueOf(expected)),
        Optional.of(String.valueOf(actual)));
  }

  @Override
  public String toString() {
    return code.name() + ": " + message;
  }
}
