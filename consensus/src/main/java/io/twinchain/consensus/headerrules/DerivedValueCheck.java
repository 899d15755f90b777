/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.headerrules;

import io.twinchain.chain.validation.InvalidReason;
import io.twinchain.chain.validation.ValidationResult;
import java.util.Optional;

/**
 * The check shared by the rules that recompute a header field from the chain: the field must equal
 * the derived value, and a derivation that lacks an ancestor is refused as such.
 */
final class DerivedValueCheck {

  private DerivedValueCheck() {}

  /**
   * Valid if {@code actual} equals {@code expected}.
   *
   * @param expected the derived value, empty when an ancestor it needs is missing
   * @param missing which ancestor the derivation needs, for the refusal message
   */
  static <T> ValidationResult matches(
      final Optional<T> expected,
      final T actual,
      final ConsensusReason code,
      final String field,
      final String missing) {
    return expected
        .map(
            value ->
                ValidationResult.check(
                    value.equals(actual), () -> InvalidReason.mismatch(code, field, value, actual)))
        .orElseGet(
            () ->
                ValidationResult.invalid(
                    InvalidReason.of(
                        ConsensusReason.MISSING_ANCESTOR,
                        "cannot check the " + field + ": the " + missing + " is not stored")));
  }
}
