/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.link;

import io.twinchain.offload.runtime.Pacer;
import io.twinchain.offload.tensor.Tensor;
import java.io.IOException;
import java.nio.channels.SocketChannel;

/**
 * A real connection whose bytes are paced at a modelled rate (assumption A-OFFLOAD-LINK-PACING):
 * each slot takes the next rate from a {@link RateSource} (Rayleigh block fading or a replayed
 * trace), and a {@link TokenBucket} paces the frame's bytes in chunks of one Ethernet frame, so a
 * frame of S bytes takes about 8·S / r_m(t) plus the real connection's own (here negligible) time.
 * Each frame starts with one chunk of credit; within a frame the bucket may hold up to {@link
 * #CATCH_UP_BYTES}, so a late wake-up of the sending thread is made up by the next chunks instead
 * of adding to the transfer time. The caller, e.g. the controller's slot loop, advances slots with
 * {@link #startSlot()}; a rate change applies from the next chunk on.
 */
public final class ModelledLink implements Link {
  /**
   * Bytes per paced write and a frame's initial credit: one Ethernet frame, as a {@code tbf} with
   * the smallest burst. Small chunks keep the real link's own time for the last chunk negligible.
   */
  public static final int CHUNK_BYTES = 1500;

  /** The bucket's capacity: how far pacing may catch up on late wake-ups within one frame. */
  public static final int CATCH_UP_BYTES = 64 * 1024;

  private final RateSource rates;
  private final TokenBucket bucket;
  private final SocketLink link;

  /** A modelled link over {@code socket}, starting its first slot. */
  public ModelledLink(final SocketChannel socket, final RateSource rates, final Pacer pacer)
      throws IOException {
    this.rates = rates;
    this.bucket = new TokenBucket(pacer, rates.nextSlotRate(), CATCH_UP_BYTES);
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
    bucket.limitCredit(CHUNK_BYTES);
    return link.send(tensor);
  }

  @Override
  public void close() throws IOException {
    link.close();
  }
}
