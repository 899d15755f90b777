/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.headerrules;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.validation.InvalidReason;
import io.twinchain.chain.validation.ReasonCode;
import io.twinchain.chain.validation.ValidationResult;

/** Assertions on a rule's typed result. */
final class RuleAssertions {

  private RuleAssertions() {}

  /**
   * Asserts {@code result} failed with {@code code}, naming {@code expected} and {@code actual}.
   */
  static void assertInvalid(
      final ValidationResult result,
      final ReasonCode code,
      final String expected,
      final String actual) {
    final InvalidReason reason = result.reason().orElseThrow();
    assertThat(reason.code()).isEqualTo(code);
    assertThat(reason.expected()).hasValue(expected);
    assertThat(reason.actual()).hasValue(actual);
  }
}
