/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import io.twinchain.offload.controller.Decision;
import io.twinchain.offload.controller.Policy;
import io.twinchain.offload.controller.QueueState;
import io.twinchain.offload.controller.ReputationConstraint;
import io.twinchain.offload.controller.SlotObservation;
import java.util.ArrayList;
import java.util.List;

/**
 * The controller's per-slot step (spec §5.4) on named twins and APs: runs the policy on the slot's
 * observation and the current queues, then advances Z_k and R_k with the contributions c_k =
 * f^I_k/f^max_k it allotted (A-CTRL-CONTRIB-EFFORT, A-CTRL-LIVE-QUEUES), and slots it skipped with
 * c_k = 0.
 */
public final class DecisionMaker {
  static final int MAX_SKIPPED = 1000;

  private final ControllerSetup setup;
  private final Policy policy;
  private QueueState state;
  private long lastSlot = -1;

  /** Starts at Z_k = 0, R_k = R_init. */
  public DecisionMaker(final ControllerSetup setup) {
    this.setup = setup;
    this.policy = PolicyCatalog.create(setup);
    this.state = QueueState.initial(setup.constraint());
  }

  /** The decision for {@code observation}'s slot; advances the queues past that slot. */
  public synchronized SlotDecision decide(final SlotObservation observation) {
    skipTo(observation.slot());
    final Decision decision = policy.decide(observation, state);
    final List<TwinCut> cuts = new ArrayList<>();
    for (int n = 0; n < setup.twins().size(); n++) {
      cuts.add(new TwinCut(setup.twins().get(n), decision.cut(n)));
    }
    final List<ApAllocation> aps = new ArrayList<>();
    final double[] contributions = new double[setup.aps().size()];
    for (int k = 0; k < contributions.length; k++) {
      final double max = setup.system().maxFrequency(k);
      aps.add(
          new ApAllocation(
              setup.aps().get(k), decision.inference(k), decision.mining(k), max, state.queue(k)));
      contributions[k] = ReputationConstraint.contribution(decision.inference(k), max);
    }
    state = state.next(contributions, setup.constraint(), observation.slot());
    lastSlot = observation.slot();
    return new SlotDecision(observation.slot(), setup.policy(), setup.tradeOff(), cuts, aps);
  }

  /**
   * Slots since the last decision that got none count as c_k = 0, as they do on chain (no receipts:
   * one decay step each); at most {@value #MAX_SKIPPED} of them, by then R_k ≈ 0.
   */
  private void skipTo(final long slot) {
    final double[] none = new double[setup.aps().size()];
    for (long s = Math.max(lastSlot + 1, slot - MAX_SKIPPED); lastSlot >= 0 && s < slot; s++) {
      state = state.next(none, setup.constraint(), s);
    }
  }

  /** Z_k and R_k for the next slot. */
  public synchronized QueueState state() {
    return state;
  }
}
