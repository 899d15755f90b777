/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.ctrl;

import io.twinchain.node.controller.ApAllocation;
import io.twinchain.node.controller.SignedDecision;
import io.twinchain.node.controller.SlotDecision;
import io.twinchain.node.controller.TwinCut;
import io.twinchain.node.rpc.methods.Quantity;
import java.util.List;

/**
 * A signed slot decision as JSON.
 *
 * @param slot hex quantity
 * @param hash Keccak-256 of the signed encoding
 * @param policy the policy that decided
 * @param tradeOff V
 * @param cuts l_n per twin
 * @param aps the allocation per AP, with f^I/f^max and f^B/f^max
 * @param signature r ‖ s ‖ v by the controller's node key
 */
record DecisionResult(
    String slot,
    String hash,
    String policy,
    double tradeOff,
    List<TwinCut> cuts,
    List<ApResult> aps,
    String signature) {

  /** One AP's allocation. */
  record ApResult(
      String ap,
      double inferenceHz,
      double miningHz,
      double maxHz,
      double inferenceShare,
      double miningShare,
      double queue) {

    static ApResult of(final ApAllocation a) {
      return new ApResult(
          a.ap(),
          a.inferenceHz(),
          a.miningHz(),
          a.maxHz(),
          a.inferenceShare(),
          a.miningShare(),
          a.queue());
    }
  }

  static DecisionResult of(final SignedDecision signed) {
    final SlotDecision d = signed.decision();
    return new DecisionResult(
        Quantity.of(d.slot()),
        d.hash().toHexString(),
        d.policy(),
        d.tradeOff(),
        d.cuts(),
        d.aps().stream().map(ApResult::of).toList(),
        signed.signature().toHexString());
  }
}
