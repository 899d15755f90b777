/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.pow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.Test;

class StakeModifierTest {

  private final StakeModifier modifier = new StakeModifier(6);

  @Test
  void anchorSitsDepthBlocksBelowTheParent() {
    assertThat(modifier.anchorNumber(100)).isEqualTo(93);
    assertThat(modifier.anchorNumber(3)).isZero();
    assertThat(new StakeModifier(0).anchorNumber(100)).isEqualTo(99);
  }

  @Test
  void chainsParentModifierWithAnchorHash() throws Exception {
    final Bytes32 parent = Bytes32.fromHexString("0x" + "11".repeat(32));
    final Bytes32 anchor = Bytes32.fromHexString("0x" + "22".repeat(32));
    final byte[] expected =
        MessageDigest.getInstance("SHA-256").digest(Bytes.concatenate(parent, anchor).toArray());

    assertThat(modifier.next(parent, anchor)).isEqualTo(Bytes32.wrap(expected));
    assertThat(modifier.next(parent, parent)).isNotEqualTo(modifier.next(parent, anchor));
  }

  @Test
  void rejectsGenesisAndNegativeDepth() {
    assertThatThrownBy(() -> modifier.anchorNumber(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StakeModifier(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
