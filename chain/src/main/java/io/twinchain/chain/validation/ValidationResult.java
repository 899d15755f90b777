/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.validation;

import java.util.Optional;
import java.util.function.Supplier;

/** The outcome of a validation: valid, or invalid with a typed {@link InvalidReason}. */
public sealed interface ValidationResult {

  /** The single valid result. */
  ValidationResult VALID = new Valid();

  /** The reason if invalid. */
  Optional<InvalidReason> reason();

  /** Whether the input passed. */
  default boolean isValid() {
    return reason().isEmpty();
  }

  /** The valid result. */
  static ValidationResult valid() {
    return VALID;
  }

  /** An invalid result for {@code reason}. */
  static ValidationResult invalid(final InvalidReason reason) {
    return new Invalid(reason);
  }

  /** Valid if {@code condition} holds, otherwise invalid with the supplied reason. */
  static ValidationResult check(final boolean condition, final Supplier<InvalidReason> reason) {
    return condition ? VALID : invalid(reason.get());
  }

  /** The first invalid result of {@code checks}, evaluated in order, or valid if all pass. */
  @SafeVarargs
  static ValidationResult firstOf(final Supplier<ValidationResult>... checks) {
    for (final Supplier<ValidationResult> check : checks) {
      final ValidationResult result = check.get();
      if (!result.isValid()) {
        return result;
      }
    }
    return VALID;
  }

  /** A passing result. */
  record Valid() implements ValidationResult {
    @Override
    public Optional<InvalidReason> reason() {
      return Optional.empty();
    }
  }

  /**
   * A failing result.
   *
   * @param invalidReason why it failed
   */
  record Invalid(InvalidReason invalidReason) implements ValidationResult {
    @Override
    public Optional<InvalidReason> reason() {
      return Optional.of(invalidReason);
    }
  }
}
