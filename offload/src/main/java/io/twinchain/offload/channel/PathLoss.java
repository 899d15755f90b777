/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.channel;

/** Large-scale attenuation of a link (spec §2.4 [RECON]). */
public interface PathLoss {

  /** Linear power gain (≤ 1) at a distance in metres, before fading. */
  double gain(double distanceMeters);
}
