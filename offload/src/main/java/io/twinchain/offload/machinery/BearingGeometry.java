/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.machinery;

/**
 * Rolling-element bearing geometry, from which the characteristic fault frequencies follow.
 *
 * @param balls number of rolling elements n
 * @param ballDiameterMm rolling-element diameter d
 * @param pitchDiameterMm pitch diameter D
 * @param contactAngleRad contact angle θ
 */
public record BearingGeometry(
    int balls, double ballDiameterMm, double pitchDiameterMm, double contactAngleRad) {

  /** An SKF 6205 deep-groove ball bearing, the bearing of the CWRU test rig. */
  public static final BearingGeometry SKF_6205 = new BearingGeometry(9, 7.94, 39.04, 0.0);

  private double ratio() {
    return ballDiameterMm / pitchDiameterMm * Math.cos(contactAngleRad);
  }

  /** Ball-pass frequency of the outer race per shaft revolution: n/2 · (1 − d/D·cosθ). */
  public double outerRaceOrder() {
    return balls / 2.0 * (1 - ratio());
  }

  /** Ball-pass frequency of the inner race per shaft revolution: n/2 · (1 + d/D·cosθ). */
  public double innerRaceOrder() {
    return balls / 2.0 * (1 + ratio());
  }
}
