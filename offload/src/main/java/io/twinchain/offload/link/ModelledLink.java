/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.link;

import io.twinchain.offload.runtime.Pacer;
import io.twinchain.offload.tensor.Tensor;
import java.io.IOException;
import java.nio.channels.SocketChannel;

/**
 * A real connection whose bytes are paced at a modelled rate: each slot takes the next rate from a
 * {@link RateSource} (Rayleigh block fading or a replayed trace), and a {@link TokenBucket} of one
 * Ethernet frame's capacity paces the frame's bytes, so a frame of S bytes takes about 8·S / r_m(t)
 * plus the real connection's own (here negligible) time. The caller, e.g. the controller's slot
 * loop, advances slots with {@link #startSlot()}; a rate change applies from the next chunk on.
 */
public final class ModelledLink implements Link {
  /** Bytes per paced write. */
  public static final int CHUNK_BYTES = 8 * 1024;

  /** The bucket's capacity: one Ethernet frame, as a {@code tbf} with the smallest burst. */
  public static final int BUCKET_BYTES = 1500;

  private final RateSource rates;
  private final TokenBucket bucket;
  private final SocketLink link;

  /** A modelled link over {@code socket}, starting its first slot. */
  public ModelledLink(final SocketChannel socket, final RateSource rates, final Pacer pacer) {
    this.rates = rates;
    this.bucket = new TokenBucket(pacer, rates.nextSlotRate(), BUCKET_BYTES);
    this.link = new SocketLink(socket, new PacedChannel(socket, bucket, CHUNK_BYTES), pacer);
  }

  /** Moves to the next slot and returns its rate r_m(t) in bit/s. */
  public double startSlot() {
    final double rate = rates.nextSlotRate();
    bucket.setRate(rate);
    return rate;
  }

  /** The current slot's rate r_m(t) in bit/s. */
  public double currentRate() {
    return bucket.bitsPerSecond();
  }

  @Override
  public Transfer send(final Tensor tensor) throws IOException {
    return link.send(tensor);
  }

  @Override
  public void close() throws IOException {
    link.close();
  }
}
