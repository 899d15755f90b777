/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.link;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.GatheringByteChannel;

/**
 * A blocking channel whose writes are paced by a {@link TokenBucket}: each write sends at most one
 * chunk, after taking its bytes from the bucket. Writers that loop until everything is sent (as
 * {@link io.twinchain.offload.tensor.TensorFrameWriter} does) see a link of the bucket's rate.
 */
public final class PacedChannel implements GatheringByteChannel {
  private final GatheringByteChannel target;
  private final TokenBucket bucket;
  private final int chunkBytes;

  /** Paces writes to {@code target} in chunks of at most {@code chunkBytes}. */
  public PacedChannel(
      final GatheringByteChannel target, final TokenBucket bucket, final int chunkBytes) {
    if (chunkBytes <= 0) {
      throw new IllegalArgumentException("chunk must be > 0 bytes, was " + chunkBytes);
    }
    this.target = target;
    this.bucket = bucket;
    this.chunkBytes = chunkBytes;
  }

  @Override
  public int write(final ByteBuffer source) throws IOException {
    final int bytes = Math.min(chunkBytes, source.remaining());
    if (bytes == 0) {
      return 0;
    }
    bucket.take(bytes);
    final ByteBuffer chunk = source.slice(source.position(), bytes);
    while (chunk.hasRemaining()) {
      target.write(chunk);
    }
    source.position(source.position() + bytes);
    return bytes;
  }

  @Override
  public long write(final ByteBuffer[] sources, final int offset, final int length)
      throws IOException {
    for (int i = offset; i < offset + length; i++) {
      if (sources[i].hasRemaining()) {
        return write(sources[i]);
      }
    }
    return 0;
  }

  @Override
  public long write(final ByteBuffer[] sources) throws IOException {
    return write(sources, 0, sources.length);
  }

  @Override
  public boolean isOpen() {
    return target.isOpen();
  }

  @Override
  public void close() throws IOException {
    target.close();
  }
}
