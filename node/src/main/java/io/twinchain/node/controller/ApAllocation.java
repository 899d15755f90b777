/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

/**
 * One AP's share of a slot decision: its frequency split (f^I_k, f^B_k) out of f^max_k, and the
 * virtual queue Z_k(t) the controller decided with.
 *
 * @param ap the AP's account address, 0x-prefixed lower-case hex
 * @param inferenceHz f^I_k
 * @param miningHz f^B_k
 * @param maxHz f^max_k
 * @param queue Z_k(t)
 */
public record ApAllocation(
    String ap, double inferenceHz, double miningHz, double maxHz, double queue) {

  public ApAllocation {
    if (!(maxHz > 0) || Double.isInfinite(maxHz)) {
      throw new IllegalArgumentException("f^max must be finite and > 0, got " + maxHz);
    }
    if (!(inferenceHz >= 0 && miningHz >= 0 && inferenceHz + miningHz <= maxHz * (1 + 1e-9))) {
      throw new IllegalArgumentException(
          "need f^I, f^B >= 0 and f^I + f^B <= f^max, got " + inferenceHz + ", " + miningHz);
    }
    if (!(queue >= 0) || Double.isInfinite(queue)) {
      throw new IllegalArgumentException("queue must be finite and >= 0, got " + queue);
    }
  }

  /** s = f^I_k / f^max_k, the share the AP's inference executor gets. */
  public double inferenceShare() {
    return Math.min(1, inferenceHz / maxHz);
  }

  /** f^B_k / f^max_k. */
  public double miningShare() {
    return Math.min(1, miningHz / maxHz);
  }
}
