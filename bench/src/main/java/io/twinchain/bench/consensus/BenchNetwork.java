/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.consensus;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.execution.BlockAssembler;
import io.twinchain.chain.types.Addresses;
import io.twinchain.consensus.ConsensusFields;
import io.twinchain.consensus.ConsensusFieldsCalculator;
import io.twinchain.consensus.difficulty.FixedPointReputation;
import io.twinchain.consensus.difficulty.GenesisReputationTable;
import io.twinchain.consensus.difficulty.ReputationSnapshot;
import io.twinchain.consensus.forkchoice.InMemoryChain;
import io.twinchain.consensus.miner.TimeProvider;
import io.twinchain.consensus.pow.HeaderSealing;
import io.twinchain.consensus.schedule.ConsensusConfig;
import io.twinchain.consensus.schedule.ProtocolSchedule;
import java.util.Map;
import java.util.Set;
import org.apache.tuweni.units.bigints.UInt256;
import org.web3j.abi.datatypes.Address;

/** A three-AP network on an in-memory chain, with the default consensus configuration. */
final class BenchNetwork {

  static final Address MINER = Addresses.fromHex("0x" + "a1".repeat(20));

  final ProtocolSchedule schedule;
  final ConsensusFieldsCalculator calculator;
  final InMemoryChain chain;

  BenchNetwork(final long genesisDifficulty) {
    final Address second = Addresses.fromHex("0x" + "b2".repeat(20));
    final Address third = Addresses.fromHex("0x" + "c3".repeat(20));
    final GenesisReputationTable reputations =
        new GenesisReputationTable(
            ReputationSnapshot.of(
                Map.of(
                    MINER, FixedPointReputation.parse("0.5"),
                    second, FixedPointReputation.parse("0.9"),
                    third, FixedPointReputation.parse("0.1"))));
    schedule =
        ProtocolSchedule.create(
            ConsensusConfig.defaults(Set.of(MINER, second, third)),
            reputations,
            TimeProvider.system());
    calculator = new ConsensusFieldsCalculator(schedule);
    chain =
        new InMemoryChain(
            BlockHeader.builder()
                .timestamp(TimeProvider.system().epochSeconds() - 60)
                .difficulty(UInt256.valueOf(genesisDifficulty))
                .gasLimit(30_000_000)
                .build());
  }

  /** The unsealed child of {@code parent} carrying {@code fields}, with no transactions. */
  static BlockHeader unsealedChild(final BlockHeader parent, final ConsensusFields fields) {
    return fields.applyTo(BlockAssembler.childTemplate(parent)).build();
  }

  private BlockHeader unsealedChildOfHead() {
    final BlockHeader parent = chain.head();
    return unsealedChild(
        parent,
        calculator
            .forChildOf(parent, MINER, TimeProvider.system().epochSeconds(), chain)
            .orElseThrow());
  }

  /** Mines {@code count} blocks on the head at full speed and stores them. */
  void extend(final int count) {
    for (int i = 0; i < count; i++) {
      final BlockHeader unsealed = unsealedChildOfHead();
      final BlockHeader parent = chain.header(unsealed.parentHash()).orElseThrow();
      chain.add(
          HeaderSealing.seal(
              unsealed,
              schedule
                  .specFor(unsealed.number())
                  .minerTargets()
                  .targetOf(parent, MINER, unsealed.difficulty())));
    }
  }
}
