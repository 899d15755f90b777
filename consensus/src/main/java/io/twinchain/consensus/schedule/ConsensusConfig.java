/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.schedule;

import static com.google.common.base.Preconditions.checkArgument;

import io.twinchain.chain.genesis.ConsensusParameters;
import io.twinchain.chain.genesis.GenesisConfig;
import io.twinchain.chain.reputation.ExponentialDifficulty;
import io.twinchain.chain.reputation.MultiLevelDifficulty;
import io.twinchain.chain.validation.ExtraDataSizeRule;
import io.twinchain.consensus.headerrules.TimestampNotInFutureRule;
import io.twinchain.consensus.pow.StakeModifier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.web3j.abi.datatypes.Address;

/**
 * The consensus section of the genesis file, as the genesis loader hands it over.
 *
 * @param blockPeriodSeconds T, the mean block interval retargeting aims at
 * @param cyclesPerHash ω: the miner's hash rate is f^B / ω (spec §3.2)
 * @param accessPoints the APs allowed to mine
 * @param rho ρ of the exponential difficulty; 0 is plain PoW
 * @param floorFraction lowest δ_k as a fraction of δ_0 under the exponential difficulty
 * @param multiLevelThresholds reputation levels r_1 < r_2 < … of the multi-level difficulty
 * @param stakeModifierDepth how far below the parent the stake modifier's anchor sits
 * @param maxFutureSeconds how far ahead of the local clock a timestamp may be
 * @param maxExtraDataBytes the largest extra data allowed
 * @param milestones the block number each milestone activates at; one must start at 0
 * @param genesisTimestamp Unix seconds of the genesis block: slot 0 starts then
 */
public record ConsensusConfig(
    long blockPeriodSeconds,
    double cyclesPerHash,
    Set<Address> accessPoints,
    double rho,
    double floorFraction,
    List<Double> multiLevelThresholds,
    int stakeModifierDepth,
    long maxFutureSeconds,
    int maxExtraDataBytes,
    Map<Milestone, Long> milestones,
    long genesisTimestamp) {

  private static final long DEFAULT_BLOCK_PERIOD_SECONDS = 2;
  private static final double DEFAULT_CYCLES_PER_HASH = 1_000;
  private static final double DEFAULT_RHO = 1.0;
  private static final double DEFAULT_FLOOR_FRACTION = 0.125;
  private static final List<Double> DEFAULT_MULTI_LEVEL_THRESHOLDS = List.of(0.25, 0.5, 0.75);

  public ConsensusConfig {
    checkArgument(
        blockPeriodSeconds >= 1, "blockPeriodSeconds must be >= 1: %s", blockPeriodSeconds);
    checkArgument(cyclesPerHash > 0, "cyclesPerHash must be > 0: %s", cyclesPerHash);
    checkArgument(!accessPoints.isEmpty(), "at least one access point must be allowed to mine");
    checkArgument(
        milestones.containsValue(0L), "one milestone must start at block 0: %s", milestones);
    accessPoints = Set.copyOf(accessPoints);
    multiLevelThresholds = List.copyOf(multiLevelThresholds);
    milestones = Map.copyOf(milestones);
  }

  /**
   * A configuration with the defaults for the given access points: ω and ρ from the spec's §6.3; a
   * two-second period, as header timestamps have one-second resolution; a floor of δ_0/8 and three
   * equal reputation levels.
   */
  public static ConsensusConfig defaults(final Set<Address> accessPoints) {
    return new ConsensusConfig(
        DEFAULT_BLOCK_PERIOD_SECONDS,
        DEFAULT_CYCLES_PER_HASH,
        accessPoints,
        DEFAULT_RHO,
        DEFAULT_FLOOR_FRACTION,
        DEFAULT_MULTI_LEVEL_THRESHOLDS,
        StakeModifier.DEFAULT_DEPTH,
        TimestampNotInFutureRule.DEFAULT_MAX_DRIFT_SECONDS,
        ExtraDataSizeRule.DEFAULT_MAX_BYTES,
        Map.of(Milestone.BDT, 0L),
        0);
  }

  /**
   * The configuration a parsed genesis file describes: its block period, ρ, ω if given and access
   * points, the milestone its difficulty-function name selects from genesis on, and defaults for
   * the rest.
   *
   * @throws IllegalArgumentException for an unknown difficulty-function name
   */
  public static ConsensusConfig fromGenesis(final GenesisConfig genesis) {
    final ConsensusParameters consensus = genesis.consensus();
    final Milestone milestone =
        switch (consensus.difficultyFunction()) {
          case ExponentialDifficulty.NAME -> Milestone.BDT;
          case MultiLevelDifficulty.NAME -> Milestone.BDT_MULTI_LEVEL;
          default ->
              throw new IllegalArgumentException(
                  "unknown difficulty function '"
                      + consensus.difficultyFunction()
                      + "'; expected exponential or multi-level");
        };
    final ConsensusConfig defaults = defaults(Set.copyOf(genesis.accessPoints()));
    return new ConsensusConfig(
        consensus.blockPeriodSeconds(),
        consensus.cyclesPerHash().orElse(defaults.cyclesPerHash()),
        defaults.accessPoints(),
        consensus.rho(),
        defaults.floorFraction(),
        defaults.multiLevelThresholds(),
        defaults.stakeModifierDepth(),
        defaults.maxFutureSeconds(),
        defaults.maxExtraDataBytes(),
        Map.of(milestone, 0L),
        genesis.timestamp());
  }

  /** This configuration with milestones starting at other blocks. */
  public ConsensusConfig withMilestones(final Map<Milestone, Long> newMilestones) {
    return new ConsensusConfig(
        blockPeriodSeconds,
        cyclesPerHash,
        accessPoints,
        rho,
        floorFraction,
        multiLevelThresholds,
        stakeModifierDepth,
        maxFutureSeconds,
        maxExtraDataBytes,
        newMilestones,
        genesisTimestamp);
  }

  /**
   * The slot of a block with {@code timestamp}: ⌊(timestamp − genesis timestamp) / block period⌋,
   * the slot the node's slot clock gives at that second (A-CONS-HEADER-SLOT); 0 before genesis.
   */
  public long slotAt(final long timestamp) {
    return Math.max(0, Math.floorDiv(timestamp - genesisTimestamp, blockPeriodSeconds));
  }
}
