/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus;

import io.twinchain.consensus.pow.PowHasher;
import io.twinchain.consensus.pow.Target;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.tuweni.bytes.Bytes32;

/**
 * The block race of spec §3.2 run with real SHA-256 on a simulated clock: each tick, AP k tries
 * {@code hashesPerTick} nonces of its own template against its own target; the AP whose success
 * lands earliest in simulated time wins. Nonces and templates come from seeded generators, so a run
 * is deterministic and independent of wall-clock scheduling.
 */
final class MiningRace {

  /** One AP in the race. */
  record Contender(Target target, int hashesPerTick) {}

  /** Outcome of many blocks: blocks won per AP and the summed block time in ticks. */
  record Tally(long[] wins, double totalTicks, int blocks) {
    double share(final int ap) {
      return (double) wins[ap] / blocks;
    }

    double meanBlockTicks() {
      return totalTicks / blocks;
    }
  }

  private final List<Contender> contenders;
  private final SplittableRandom random;

  MiningRace(final List<Contender> contenders, final long seed) {
    this.contenders = List.copyOf(contenders);
    this.random = new SplittableRandom(seed);
  }

  Tally run(final int blocks) {
    final long[] wins = new long[contenders.size()];
    double ticks = 0;
    for (int b = 0; b < blocks; b++) {
      final Winner winner = raceOneBlock();
      wins[winner.ap]++;
      ticks += winner.time;
    }
    return new Tally(wins, ticks, blocks);
  }

  /** Trials until one AP, mining alone, solves a fresh template: geometric with mean δ_k. */
  long soloTrials(final Target target) {
    final PowHasher hasher = PowHasher.forWork(randomHash(), randomHash());
    final long first = random.nextLong();
    long trials = 1;
    while (!hasher.meets(first + trials - 1, target)) {
      trials++;
    }
    return trials;
  }

  private record Winner(int ap, double time) {}

  private Winner raceOneBlock() {
    final int count = contenders.size();
    final PowHasher[] hashers = new PowHasher[count];
    final long[] nonces = new long[count];
    for (int k = 0; k < count; k++) {
      hashers[k] = PowHasher.forWork(randomHash(), randomHash());
      nonces[k] = random.nextLong();
    }
    for (long tick = 0; ; tick++) {
      int best = -1;
      double bestFraction = Double.MAX_VALUE;
      for (int k = 0; k < count; k++) {
        final Contender ap = contenders.get(k);
        for (int j = 0; j < ap.hashesPerTick(); j++) {
          if (hashers[k].meets(nonces[k]++, ap.target())) {
            final double fraction = (j + 1.0) / ap.hashesPerTick();
            if (fraction < bestFraction) {
              best = k;
              bestFraction = fraction;
            }
            break;
          }
        }
      }
      if (best >= 0) {
        return new Winner(best, tick + bestFraction);
      }
    }
  }

  private Bytes32 randomHash() {
    final byte[] bytes = new byte[Bytes32.SIZE];
    random.nextBytes(bytes);
    return Bytes32.wrap(bytes);
  }
}
