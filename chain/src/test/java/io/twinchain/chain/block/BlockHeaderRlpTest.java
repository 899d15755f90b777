/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.twinchain.chain.testsupport.TestHeaders;
import io.twinchain.chain.types.Keccak256;
import io.twinchain.chain.types.MalformedRlpException;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.Test;

class BlockHeaderRlpTest {

  @Test
  void roundTripsEveryField() {
    final BlockHeader header = TestHeaders.populated().build();
    final BlockHeader decoded = BlockHeaderRlp.decode(BlockHeaderRlp.encode(header));
    assertThat(BlockHeaderRlp.encode(decoded)).isEqualTo(BlockHeaderRlp.encode(header));
    assertThat(decoded.nonce()).isEqualTo(header.nonce());
    assertThat(decoded.miner()).isEqualTo(header.miner());
    assertThat(decoded.difficulty()).isEqualTo(header.difficulty());
    assertThat(decoded.extraData()).isEqualTo(header.extraData());
    assertThat(decoded).isEqualTo(header);
  }

  @Test
  void hashIsKeccakOfTheEncodingAndTheNonceIsEightBytes() {
    final BlockHeader header = TestHeaders.populated().nonce(-1).build();
    final Bytes encoded = BlockHeaderRlp.encode(header);
    assertThat(header.hash()).isEqualTo(Keccak256.hash(encoded));
    assertThat(encoded.slice(encoded.size() - 9))
        .isEqualTo(Bytes.fromHexString("0x88ffffffffffffffff"));
    assertThat(BlockHeaderRlp.decode(encoded).nonce()).isEqualTo(-1);
  }

  @Test
  void sealingHashIgnoresTheNonceButTheBlockHashDoesNot() {
    final BlockHeader a = TestHeaders.populated().nonce(1).build();
    final BlockHeader b = TestHeaders.populated().nonce(2).build();
    assertThat(a.sealingHash()).isEqualTo(b.sealingHash());
    assertThat(a.hash()).isNotEqualTo(b.hash());
    assertThat(a.sealingHash()).isNotEqualTo(a.hash());
  }

  @Test
  void refusesTruncatedOrExtendedEncodings() {
    final Bytes encoded = BlockHeaderRlp.encode(TestHeaders.populated().build());
    assertThatThrownBy(() -> BlockHeaderRlp.decode(encoded.slice(0, encoded.size() - 1)))
        .isInstanceOf(MalformedRlpException.class);
    assertThatThrownBy(() -> BlockHeaderRlp.decode(Bytes.concatenate(encoded, Bytes.of(0x80))))
        .isInstanceOf(MalformedRlpException.class);
    assertThatThrownBy(() -> BlockHeaderRlp.decode(Bytes.fromHexString("0xc0")))
        .isInstanceOf(MalformedRlpException.class);
  }

  @Test
  void builderDerivesModifiedCopiesWithoutChangingTheOriginal() {
    final BlockHeader original = TestHeaders.populated().build();
    final BlockHeader modified = original.toBuilder().number(7).build();
    assertThat(original.number()).isEqualTo(42);
    assertThat(modified.number()).isEqualTo(7);
    assertThat(modified.parentHash()).isEqualTo(original.parentHash());
  }
}
