/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import io.twinchain.consensus.miner.MiningRate;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * An AP's applier: f^I_k/f^max_k to its inference executor's share and f^B_k/ω to its miner's hash
 * rate. A decision that does not name this AP changes nothing.
 */
public final class ApAllocationApplier implements DecisionApplier {

  private final String ap;
  private final DoubleConsumer inferenceShare;
  private final Consumer<MiningRate> miningRate;
  private final double cyclesPerHash;

  /**
   * @param ap this AP's account address
   * @param inferenceShare e.g. {@code ThrottledExecutor::setShare}
   * @param miningRate e.g. {@code Miner::setMiningRate}
   * @param cyclesPerHash ω from the consensus config
   */
  public ApAllocationApplier(
      final String ap,
      final DoubleConsumer inferenceShare,
      final Consumer<MiningRate> miningRate,
      final double cyclesPerHash) {
    this.ap = ap;
    this.inferenceShare = inferenceShare;
    this.miningRate = miningRate;
    this.cyclesPerHash = cyclesPerHash;
  }

  @Override
  public void apply(final SlotDecision decision) {
    decision
        .allocationOf(ap)
        .ifPresent(
            allocation -> {
              inferenceShare.accept(allocation.inferenceShare());
              miningRate.accept(MiningRate.fromFrequency(allocation.miningHz(), cyclesPerHash));
            });
  }
}
