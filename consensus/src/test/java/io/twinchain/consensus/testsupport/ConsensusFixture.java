/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.testsupport;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.execution.BlockAssembler;
import io.twinchain.chain.testsupport.TestKeys;
import io.twinchain.chain.validation.ValidationResult;
import io.twinchain.consensus.ConsensusFields;
import io.twinchain.consensus.ConsensusFieldsCalculator;
import io.twinchain.consensus.difficulty.FixedPointReputation;
import io.twinchain.consensus.difficulty.GenesisReputationTable;
import io.twinchain.consensus.difficulty.ReputationSnapshot;
import io.twinchain.consensus.forkchoice.InMemoryChain;
import io.twinchain.consensus.miner.StubTimeProvider;
import io.twinchain.consensus.pow.HeaderSealing;
import io.twinchain.consensus.schedule.ConsensusConfig;
import io.twinchain.consensus.schedule.ProtocolSchedule;
import java.util.Map;
import java.util.Set;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;
import org.web3j.abi.datatypes.Address;

/**
 * A small network for rule, fork-choice and miner tests: three allowlisted APs with reputations
 * 0.9, 0.5 and 0.1, a genesis at low difficulty, a simulated clock, and real mining of valid
 * children.
 */
public final class ConsensusFixture {

  public static final long GENESIS_TIME = 1_700_000_000L;
  public static final long GENESIS_DIFFICULTY = 4096;

  public final Address apHigh = TestKeys.address(1);
  public final Address apMid = TestKeys.address(2);
  public final Address apLow = TestKeys.address(3);
  public final Address outsider = TestKeys.address(9);
  public final ReputationSnapshot snapshot =
      ReputationSnapshot.of(
          Map.of(
              apHigh, FixedPointReputation.parse("0.9"),
              apMid, FixedPointReputation.parse("0.5"),
              apLow, FixedPointReputation.parse("0.1")));
  public final GenesisReputationTable reputations = new GenesisReputationTable(snapshot);
  public final StubTimeProvider time = new StubTimeProvider(GENESIS_TIME);
  public final ConsensusConfig config;
  public final ProtocolSchedule schedule;
  public final BlockHeader genesis;
  public final InMemoryChain chain;

  public ConsensusFixture() {
    this(
        ConsensusConfig.defaults(
            Set.of(TestKeys.address(1), TestKeys.address(2), TestKeys.address(3))));
  }

  public ConsensusFixture(final ConsensusConfig config) {
    this.config = config;
    this.schedule = ProtocolSchedule.create(config, reputations, time);
    this.genesis =
        BlockHeader.builder()
            .timestamp(GENESIS_TIME)
            .difficulty(UInt256.valueOf(GENESIS_DIFFICULTY))
            .stakeModifier(Bytes32.fromHexStringLenient("0x7c"))
            .gasLimit(30_000_000)
            .build();
    this.chain = new InMemoryChain(genesis);
  }

  /** The consensus fields for {@code miner} on {@code parent} at the simulated clock's time. */
  public ConsensusFields fieldsFor(final BlockHeader parent, final Address miner) {
    return new ConsensusFieldsCalculator(schedule)
        .forChildOf(parent, miner, time.epochSeconds(), chain)
        .orElseThrow();
  }

  /**
   * The unsealed child of {@code parent} with {@code fields}, standing in for the node's execution:
   * {@code salt} goes to the extra data to vary the block's content.
   */
  public static BlockHeader assemble(
      final BlockHeader parent, final ConsensusFields fields, final int salt) {
    return fields
        .applyTo(BlockAssembler.childTemplate(parent))
        .extraData(Bytes.ofUnsignedInt(salt))
        .build();
  }

  /** Validates {@code header} with its milestone's full ruleset. */
  public ValidationResult validate(final BlockHeader header) {
    final BlockHeader parent = chain.header(header.parentHash()).orElseThrow();
    return schedule.specFor(header.number()).ruleset().validate(header, parent, chain);
  }

  /** A valid child of {@code parent}, mined for real; {@code salt} varies the block's content. */
  public BlockHeader mine(final BlockHeader parent, final Address miner, final int salt) {
    final ConsensusFields fields = fieldsFor(parent, miner);
    final BlockHeader unsealed = assemble(parent, fields, salt);
    return HeaderSealing.seal(unsealed, fields.target());
  }

  /** Mines and stores {@code count} blocks on {@code parent}, one second apart; returns the tip. */
  public BlockHeader extend(
      final BlockHeader parent, final int count, final Address miner, final int salt) {
    BlockHeader tip = parent;
    for (int i = 0; i < count; i++) {
      time.advanceSeconds(1);
      tip = mine(tip, miner, salt);
      chain.add(tip);
    }
    return tip;
  }
}
