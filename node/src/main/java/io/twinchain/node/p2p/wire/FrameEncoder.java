/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p.wire;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;

/** Writes {@link Frame}s with their 4-byte length prefix and code byte. */
@ChannelHandler.Sharable
public final class FrameEncoder extends MessageToByteEncoder<Frame> {

  @Override
  protected void encode(final ChannelHandlerContext ctx, final Frame frame, final ByteBuf out) {
    out.writeInt(frame.body().size() + 1);
    out.writeByte(frame.code());
    out.writeBytes(frame.body().toArrayUnsafe());
  }
}
