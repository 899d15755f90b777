/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.channel;

import java.util.random.RandomGenerator;

/**
 * Produces each gateway's uplink rate r_m(t) for one slot. Implementations: {@link
 * RayleighFadingChannel} for simulation; the node feeds measured rates directly instead.
 */
public interface ChannelModel {

  /** Number of gateways this model covers. */
  int gatewayCount();

  /**
   * Draws one slot's rates.
   *
   * @param random the channel stream; only this call consumes it
   * @return r_m(t) in bit/s, all > 0
   */
  double[] rates(RandomGenerator random);
}
