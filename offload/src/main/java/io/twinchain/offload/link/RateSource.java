/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.link;

/** The link rate of successive slots, r_m(t) for one gateway. */
public interface RateSource {

  /** The next slot's rate in bit/s, > 0. */
  double nextSlotRate();
}
