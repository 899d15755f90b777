/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.sim;

import io.twinchain.offload.controller.Decision;
import io.twinchain.offload.controller.Policy;
import io.twinchain.offload.controller.QueueState;
import io.twinchain.offload.controller.ReputationConstraint;
import io.twinchain.offload.controller.SlotObservation;
import io.twinchain.offload.controller.SlotProblem;
import io.twinchain.offload.controller.SystemModel;
import io.twinchain.offload.latency.BlockLatency;
import java.util.random.RandomGenerator;

/**
 * Runs the slot model of spec §5.4 for one policy and one seed: observe, decide, execute, race the
 * miners, update reputation and queues. Pure and deterministic for a seed.
 */
public final class SlotSimulator {

  private final Scenario scenario;

  public SlotSimulator(final Scenario scenario) {
    this.scenario = scenario;
  }

  /**
   * Runs T slots of one policy on one seed.
   *
   * @param policy the decision rule (fresh per run: some baselines draw from their own stream)
   * @param streams the seed's random streams
   * @param slots T
   * @param progress told after every slot
   */
  public Trajectory run(
      final Policy policy,
      final RandomStreams streams,
      final int slots,
      final SlotProgress progress) {
    final SystemModel system = scenario.system();
    final ReputationConstraint constraint = scenario.constraint();
    final int twins = system.twinCount();
    final Trajectory log = new Trajectory(slots, twins, system.apCount());
    final RandomGenerator channel = streams.channel();
    final RandomGenerator data = streams.data();
    final RandomGenerator mining = streams.mining();
    QueueState state = QueueState.initial(constraint);
    record(log, 0, state);
    for (int t = 0; t < slots; t++) {
      final SlotObservation observation =
          new SlotObservation(
              t, scenario.samples().draw(twins, data), scenario.channel().rates(channel));
      final double[] race = new double[system.apCount()];
      for (int k = 0; k < race.length; k++) {
        race[k] = mining.nextDouble();
      }
      final Decision decision = policy.decide(observation, state);
      checkBudget(system, decision);
      final double[] contributions = execute(log, t, observation, state, decision, race);
      state = state.next(contributions, constraint, t);
      record(log, t + 1, state);
      progress.slotDone();
    }
    return log;
  }

  private double[] execute(
      final Trajectory log,
      final int t,
      final SlotObservation observation,
      final QueueState state,
      final Decision decision,
      final double[] race) {
    final SystemModel system = scenario.system();
    final SlotProblem evaluation =
        new SlotProblem(system, observation, 1, state.reputations(), new double[race.length]);
    final double inference =
        system
            .latency()
            .inferenceLatency(
                observation.samples(),
                observation.linkRates(),
                decision.cuts(),
                decision.inferenceFrequency());
    double block = Double.POSITIVE_INFINITY;
    int winner = -1;
    final double[] contributions = new double[race.length];
    for (int k = 0; k < race.length; k++) {
      final double rate =
          BlockLatency.solveRate(
              decision.mining(k), system.consensus().cyclesPerHash(), evaluation.difficulty(k));
      final double solveTime = rate > 0 ? -Math.log(1 - race[k]) / rate : Double.POSITIVE_INFINITY;
      if (solveTime < block) {
        block = solveTime;
        winner = k;
      }
      contributions[k] =
          ReputationConstraint.contribution(decision.inference(k), system.maxFrequency(k));
    }
    final double propagation = system.consensus().propagationSeconds();
    log.latency[t] = inference + block + propagation;
    log.expectedLatency[t] = inference + evaluation.expectedBlockLatency(decision) + propagation;
    log.inferenceLatency[t] = inference;
    log.blockLatency[t] = block;
    log.backlog[t] = state.backlog();
    log.winner[t] = winner;
    log.cuts[t] = decision.cuts();
    log.contribution[t] = contributions;
    return contributions;
  }

  private static void record(final Trajectory log, final int t, final QueueState state) {
    log.queue[t] = state.queues();
    log.reputation[t] = state.reputations();
  }

  /** C2: f^I_k + f^B_k ≤ f^max_k, both ≥ 0; a policy that breaks it is a bug, not a result. */
  private static void checkBudget(final SystemModel system, final Decision decision) {
    for (int k = 0; k < system.apCount(); k++) {
      final double used = decision.inference(k) + decision.mining(k);
      if (decision.inference(k) < 0
          || decision.mining(k) < 0
          || used > system.maxFrequency(k) * (1 + 1e-9)) {
        throw new IllegalStateException("decision breaks C2 at AP " + k + ": " + decision);
      }
    }
  }
}
