/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.link;

import io.twinchain.offload.channel.ChannelModel;
import java.util.random.RandomGenerator;

/**
 * One gateway's per-slot rates drawn from a {@link ChannelModel}, e.g. the spec §2.4 Shannon rate
 * under Rayleigh block fading ({@link io.twinchain.offload.channel.RayleighFadingChannel}): one
 * fading draw per slot, constant within it.
 */
public final class FadingRates implements RateSource {
  private final ChannelModel channel;
  private final int gateway;
  private final RandomGenerator random;

  /** Rates of {@code gateway} in {@code channel}, drawn from {@code random}. */
  public FadingRates(final ChannelModel channel, final int gateway, final RandomGenerator random) {
    if (gateway < 0 || gateway >= channel.gatewayCount()) {
      throw new IllegalArgumentException(
          "gateway " + gateway + " outside 0.." + (channel.gatewayCount() - 1));
    }
    this.channel = channel;
    this.gateway = gateway;
    this.random = random;
  }

  @Override
  public double nextSlotRate() {
    return channel.rates(random)[gateway];
  }
}
