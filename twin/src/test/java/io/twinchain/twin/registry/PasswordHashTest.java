/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PasswordHashTest {

  @Test
  void matchesOnlyTheHashedPasswordAndSaltsEachHash() {
    final String hash = PasswordHash.hash("s3cret-ü");
    assertThat(PasswordHash.matches(hash, "s3cret-ü".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(PasswordHash.matches(hash, "s3cret".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(PasswordHash.hash("s3cret-ü")).isNotEqualTo(hash);
    assertThat(PasswordHash.matches("plain-text", new byte[0])).isFalse();
  }
}
