/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.pow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.OptionalLong;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.Test;

class PowHasherTest {

  private static final Bytes32 SEALING_HASH = Bytes32.fromHexString("0x" + "ab".repeat(32));
  private static final Bytes32 MODIFIER = Bytes32.fromHexString("0x" + "cd".repeat(32));

  @Test
  void hashesSealingHashThenModifierThenBigEndianNonce() throws Exception {
    final long nonce = 0x0102030405060708L;
    final byte[] input =
        ByteBuffer.allocate(PowHasher.INPUT_LENGTH)
            .put(SEALING_HASH.toArray())
            .put(MODIFIER.toArray())
            .putLong(nonce)
            .array();
    final byte[] expected = MessageDigest.getInstance("SHA-256").digest(input);

    assertThat(PowHasher.forWork(SEALING_HASH, MODIFIER).hash(nonce)).isEqualTo(expected);
    assertThat(PowHasher.powHash(SEALING_HASH, MODIFIER, nonce).toArray()).isEqualTo(expected);
  }

  @Test
  void primedStateIsReusedAcrossTrials() {
    final PowHasher hasher = PowHasher.forWork(SEALING_HASH, MODIFIER);
    final byte[] first = hasher.hash(42).clone();
    hasher.hash(43);
    assertThat(hasher.hash(42)).isEqualTo(first);
  }

  @Test
  void searchReturnsFirstNonceMeetingTarget() {
    final PowHasher hasher = PowHasher.forWork(SEALING_HASH, MODIFIER);
    final Target target = Target.fromDifficulty(100);
    final OptionalLong found = hasher.search(0, 10_000, target);

    assertThat(found).isPresent();
    assertThat(hasher.meets(found.getAsLong(), target)).isTrue();
    for (long nonce = 0; nonce < found.getAsLong(); nonce++) {
      assertThat(hasher.meets(nonce, target)).isFalse();
    }
  }

  @Test
  void searchGivesUpAfterCount() {
    final PowHasher hasher = PowHasher.forWork(SEALING_HASH, MODIFIER);
    assertThat(hasher.search(0, 10, Target.fromDifficulty(1.0e15))).isEmpty();
  }
}
