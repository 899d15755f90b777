/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/**
 * Every message survives encode → frame bytes → decode, and arbitrary bytes never escape as
 * anything but typed errors.
 */
class WireMessageProperties {

  @Property(tries = 200)
  void statusRoundTrips(
      @ForAll @LongRange(min = 0) final long chainId,
      @ForAll @Size(32) final byte[] hash,
      @ForAll @LongRange(min = 0) final long head)
      throws Exception {
    final StatusMessage status =
        new StatusMessage(
            TwinchainV1.VERSION, chainId, Bytes32.wrap(hash), Bytes32.wrap(hash).not(), head);
    assertThat(StatusMessage.decode(throughTheWire(status.encode()))).isEqualTo(status);
  }

  @Property(tries = 200)
  void requestsAndResponsesRoundTrip(
      @ForAll @LongRange(min = 0) final long id,
      @ForAll @AlphaChars @StringLength(min = 1, max = 64) final String topic,
      @ForAll @Size(max = 300) final byte[] payload)
      throws Exception {
    final RequestMessage request = new RequestMessage(id, topic, Bytes.wrap(payload));
    assertThat(RequestMessage.decode(throughTheWire(request.encode()))).isEqualTo(request);
    final ResponseMessage response =
        new ResponseMessage(id, ResponseMessage.Status.HANDLER_FAILED, Bytes.wrap(payload));
    assertThat(ResponseMessage.decode(throughTheWire(response.encode()))).isEqualTo(response);
  }

  @Property(tries = 100)
  void blocksAndTransactionsRoundTrip(
      @ForAll @Size(max = 5) final List<@Size(max = 40) byte[]> items,
      @ForAll @IntRange(min = 1, max = 256) final int count)
      throws Exception {
    final List<Bytes> values = items.stream().map(Bytes::wrap).toList();
    assertThat(
            NewTransactionsMessage.decode(
                    throughTheWire(new NewTransactionsMessage(values).encode()))
                .transactions())
        .isEqualTo(values);
    assertThat(BlocksMessage.decode(throughTheWire(new BlocksMessage(9, values).encode())).blocks())
        .isEqualTo(values);
    assertThat(
            GetBlocksMessage.decode(throughTheWire(new GetBlocksMessage(3, 100, count).encode()))
                .count())
        .isEqualTo(count);
    final NewBlockMessage block =
        new NewBlockMessage(Bytes.wrap(items.isEmpty() ? new byte[] {1} : items.get(0)));
    assertThat(NewBlockMessage.decode(throughTheWire(block.encode()))).isEqualTo(block);
    assertThat(
            DisconnectMessage.decode(
                    throughTheWire(new DisconnectMessage(DisconnectReason.WRONG_CHAIN).encode()))
                .reason())
        .isEqualTo(DisconnectReason.WRONG_CHAIN);
  }

  @Property(tries = 300)
  void arbitraryBodiesDecodeOrFailTyped(
      @ForAll @IntRange(min = 0, max = TwinchainV1.MAX_CODE) final int code,
      @ForAll @Size(max = 200) final byte[] body) {
    final Frame frame = new Frame(code, Bytes.wrap(body));
    for (final var decoder :
        List.<Decoder>of(
            StatusMessage::decode,
            NewBlockMessage::decode,
            NewTransactionsMessage::decode,
            GetBlocksMessage::decode,
            BlocksMessage::decode,
            RequestMessage::decode,
            ResponseMessage::decode,
            DisconnectMessage::decode)) {
      try {
        decoder.decode(frame);
      } catch (WireException expected) {
        assertThat(expected.reason())
            .isIn(WireException.Reason.MALFORMED_BODY, WireException.Reason.UNEXPECTED_MESSAGE);
      }
    }
  }

  @Property(tries = 300)
  void arbitraryStreamsYieldFramesOrOneTypedError(@ForAll @Size(max = 600) final byte[] stream) {
    final EmbeddedChannel channel = new EmbeddedChannel(new FrameDecoder(256));
    channel.writeInbound(Unpooled.wrappedBuffer(stream));
    int errors = 0;
    for (Object out = channel.readInbound(); out != null; out = channel.readInbound()) {
      assertThat(out).isInstanceOfAny(Frame.class, WireException.class);
      errors += out instanceof WireException ? 1 : 0;
    }
    assertThat(errors).isLessThanOrEqualTo(1);
    channel.finishAndReleaseAll();
  }

  @Property(tries = 50)
  void wrongCodeIsUnexpected(@ForAll @Size(max = 10) final byte[] body) {
    assertThatThrownBy(() -> StatusMessage.decode(new Frame(TwinchainV1.BLOCKS, Bytes.wrap(body))))
        .isInstanceOf(WireException.class)
        .extracting(e -> ((WireException) e).reason())
        .isEqualTo(WireException.Reason.UNEXPECTED_MESSAGE);
  }

  @FunctionalInterface
  private interface Decoder {
    Object decode(Frame frame) throws WireException;
  }

  private static Frame throughTheWire(final Frame frame) {
    final EmbeddedChannel out = new EmbeddedChannel(new FrameEncoder());
    out.writeOutbound(frame);
    final EmbeddedChannel in = new EmbeddedChannel(new FrameDecoder(1 << 20));
    for (Object bytes = out.readOutbound(); bytes != null; bytes = out.readOutbound()) {
      in.writeInbound(bytes);
    }
    return (Frame) in.readInbound();
  }
}
