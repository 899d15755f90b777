/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThingIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"plant:pump-1", "plant1.line2:sensor_7", "a:b.c~d"})
  void parsesValidIds(final String text) {
    assertThat(ThingId.of(text).toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "nocolon",
        ":name",
        "plant:",
        "1plant:x",
        "plant:a/b",
        "plant:a+b",
        "plant:a#",
        "plant:a:b"
      })
  void rejectsInvalidIdsWithTheOffendingPart(final String text) {
    assertThatThrownBy(() -> ThingId.of(text))
        .isInstanceOfSatisfying(
            InvalidIdentifierException.class, e -> assertThat(e.kind()).startsWith("thingId"));
  }
}
