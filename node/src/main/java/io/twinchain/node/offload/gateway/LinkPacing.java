/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.gateway;

import io.twinchain.offload.link.ModelledLink;
import io.twinchain.offload.link.RateSource;
import io.twinchain.offload.link.TokenBucket;
import io.twinchain.offload.runtime.Pacer;
import java.util.Optional;

/**
 * How the gateway→AP transfer over P2P is timed. {@link #real()} sends at the real connection's
 * speed (measured mode: the throughput estimator reads the link as it is). {@link #modelled}
 * applies the spec §2.4 rate r_m(t) of the current slot (Rayleigh fading draws or a trace): a
 * {@link TokenBucket} holds each piece of a request until its bytes would have crossed a link of
 * that rate, then that piece goes out as its own P2P message, so the real send of a piece overlaps
 * the pacing of the next (assumption A-OFFLOAD-P2P-PACING). Each transfer starts with no credit,
 * since the spec's ψ/r has no burst term (a frame of credit let a request under 1,500 bytes skip
 * the modelled link: 18–57 % under the model at the last cuts); within a transfer the bucket may
 * hold up to {@link ModelledLink#CATCH_UP_BYTES}, so a late wake-up of the sending thread is made
 * up by the next pieces, as on {@link ModelledLink}.
 */
public interface LinkPacing {

  /** Starts pacing a new transfer: every one of its bytes waits for the modelled link. */
  void startTransfer();

  /** Blocks until the next {@code bytes} of the current transfer would have crossed the link. */
  void pace(long bytes);

  /** Moves to the next slot (a new fading draw); returns its modelled rate, if any. */
  Optional<Double> startSlot();

  /** The current slot's modelled rate in bit/s; empty on a real link. */
  Optional<Double> modelledRate();

  /** No pacing: the P2P connection's own rate. */
  static LinkPacing real() {
    return new LinkPacing() {
      @Override
      public void startTransfer() {}

      @Override
      public void pace(final long bytes) {}

      @Override
      public Optional<Double> startSlot() {
        return Optional.empty();
      }

      @Override
      public Optional<Double> modelledRate() {
        return Optional.empty();
      }
    };
  }

  /** Paced at the rates of {@code rates}, one per slot, on {@code pacer}'s clock. */
  static LinkPacing modelled(final RateSource rates, final Pacer pacer) {
    final TokenBucket bucket =
        new TokenBucket(pacer, rates.nextSlotRate(), ModelledLink.CATCH_UP_BYTES);
    return new LinkPacing() {
      @Override
      public void startTransfer() {
        bucket.limitCredit(0);
      }

      @Override
      public void pace(final long bytes) {
        bucket.take(bytes);
      }

      @Override
      public Optional<Double> startSlot() {
        bucket.setRate(rates.nextSlotRate());
        return modelledRate();
      }

      @Override
      public Optional<Double> modelledRate() {
        return Optional.of(bucket.bitsPerSecond());
      }
    };
  }
}
