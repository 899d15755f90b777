/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.chain;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.node.p2p.wire.Frame;
import io.twinchain.node.p2p.wire.NewTransactionsMessage;
import io.twinchain.node.p2p.wire.WireException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.Test;

class OutgoingTransactionsTest {

  @Test
  void framesKeepTheBatchCountBoundAndTheOrder() throws WireException {
    final List<Bytes> envelopes =
        IntStream.range(0, 600).mapToObj(i -> Bytes.ofUnsignedInt(i)).toList();

    final List<List<Bytes>> frames = decoded(OutgoingTransactions.frames(envelopes));

    assertThat(frames).extracting(List::size).containsExactly(256, 256, 88);
    assertThat(frames.stream().flatMap(List::stream).toList()).isEqualTo(envelopes);
  }

  @Test
  void framesKeepTheByteBound() throws WireException {
    final Bytes large = Bytes.wrap(new byte[200 * 1024]);

    final List<List<Bytes>> frames =
        decoded(OutgoingTransactions.frames(List.of(large, large, large, large, large)));

    assertThat(frames).extracting(List::size).containsExactly(2, 2, 1);
  }

  private static List<List<Bytes>> decoded(final List<Frame> frames) throws WireException {
    final List<List<Bytes>> decoded = new ArrayList<>();
    for (final Frame frame : frames) {
      decoded.add(NewTransactionsMessage.decode(frame).transactions());
    }
    return decoded;
  }
}
