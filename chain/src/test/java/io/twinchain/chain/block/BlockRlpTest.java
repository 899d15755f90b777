/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.twinchain.chain.testsupport.TestHeaders;
import io.twinchain.chain.types.MalformedRlpException;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.Test;

class BlockRlpTest {

  private static final List<Bytes> ENVELOPES =
      List.of(Bytes.fromHexString("0xc3010203"), Bytes.fromHexString("0x02c101"));

  @Test
  void roundTripsHeaderAndEnvelopes() {
    final BlockHeader header = TestHeaders.populated().build();
    final EncodedBlock decoded = BlockRlp.decode(BlockRlp.encode(header, ENVELOPES));
    assertThat(decoded.header()).isEqualTo(header);
    assertThat(decoded.envelopes()).isEqualTo(ENVELOPES);
    assertThat(BlockRlp.decodeBody(BlockRlp.encodeBody(ENVELOPES))).isEqualTo(ENVELOPES);
  }

  @Test
  void refusesATruncatedBlock() {
    final Bytes encoded = BlockRlp.encode(TestHeaders.populated().build(), ENVELOPES);
    for (int cut = 1; cut < encoded.size(); cut += 37) {
      final Bytes truncated = encoded.slice(0, cut);
      assertThatThrownBy(() -> BlockRlp.decode(truncated))
          .isInstanceOf(MalformedRlpException.class);
    }
  }
}
