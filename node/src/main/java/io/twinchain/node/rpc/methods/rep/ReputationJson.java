/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.rep;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.chain.json.HexJson;
import io.twinchain.consensus.difficulty.FixedPointReputation;
import io.twinchain.node.rpc.query.ReputationQueries.ApReputation;
import java.math.BigDecimal;

/**
 * The reputation object of {@code rep_*}: R_k as a decimal and as the registry's wad (1e18 fixed
 * point), and the difficulty it buys: δ_k, and the factor δ_k/δ_0 applied to the base difficulty.
 */
final class ReputationJson {

  private ReputationJson() {}

  static ObjectNode of(final ApReputation reputation) {
    final ObjectNode json = HexJson.NODES.objectNode();
    json.set("address", HexJson.address(reputation.ap()));
    json.set("slot", HexJson.quantity(reputation.slot()));
    json.put(
        "reputation",
        BigDecimal.valueOf(reputation.wad())
            .divide(BigDecimal.valueOf(FixedPointReputation.ONE_WAD))
            .stripTrailingZeros()
            .toPlainString());
    json.set("reputationWad", HexJson.quantity(reputation.wad()));
    json.set("baseDifficulty", HexJson.quantity(reputation.baseDifficulty()));
    json.put("difficulty", reputation.difficulty());
    json.put("difficultyFactor", reputation.difficulty() / reputation.baseDifficulty());
    return json;
  }
}
