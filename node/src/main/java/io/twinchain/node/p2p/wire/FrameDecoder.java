/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p.wire;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;

/**
 * Splits the byte stream into {@link Frame}s. A length above the limit, a zero length or an unknown
 * code yields a {@link WireException} as the decoded message (the peer handler disconnects and
 * scores the peer) and the decoder discards everything after it, since frame boundaries are lost.
 * The limit is checked before any body byte is buffered.
 */
public final class FrameDecoder extends ByteToMessageDecoder {

  private final int maxFrameLength;
  private boolean failed;

  /** Accepts frames whose code + body length is at most {@code maxFrameLength}. */
  public FrameDecoder(final int maxFrameLength) {
    this.maxFrameLength = maxFrameLength;
  }

  @Override
  protected void decode(final ChannelHandlerContext ctx, final ByteBuf in, final List<Object> out) {
    if (failed) {
      in.skipBytes(in.readableBytes());
      return;
    }
    if (in.readableBytes() < 4) {
      return;
    }
    final long length = in.getUnsignedInt(in.readerIndex());
    if (length == 0 || length > maxFrameLength) {
      fail(
          in,
          out,
          length == 0
              ? new WireException(WireException.Reason.EMPTY_FRAME, "length 0")
              : new WireException(
                  WireException.Reason.OVERSIZED_FRAME,
                  "length " + length + " exceeds " + maxFrameLength));
      return;
    }
    if (in.readableBytes() < 4 + length) {
      return;
    }
    in.skipBytes(4);
    final int code = in.readUnsignedByte();
    if (code > TwinchainV1.MAX_CODE) {
      fail(in, out, new WireException(WireException.Reason.UNKNOWN_CODE, "code " + code));
      return;
    }
    final byte[] body = new byte[(int) length - 1];
    in.readBytes(body);
    out.add(new Frame(code, Bytes.wrap(body)));
  }

  private void fail(final ByteBuf in, final List<Object> out, final WireException error) {
    failed = true;
    in.skipBytes(in.readableBytes());
    out.add(error);
  }
}
