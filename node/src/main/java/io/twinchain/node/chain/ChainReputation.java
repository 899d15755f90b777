/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.chain;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.execution.ReadOnlyCalls;
import io.twinchain.chain.genesis.GenesisConfig;
import io.twinchain.chain.state.MissingStateException;
import io.twinchain.chain.state.MutableWorldState;
import io.twinchain.chain.state.WorldStateArchive;
import io.twinchain.consensus.difficulty.GenesisReputationTable;
import io.twinchain.consensus.difficulty.ReputationSnapshot;
import io.twinchain.consensus.difficulty.ReputationSource;
import io.twinchain.contracts.genesis.SystemContract;
import io.twinchain.contracts.reader.ReputationRegistryReader;
import io.twinchain.node.consensus.RegistryReputationSource;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.web3j.abi.datatypes.Address;

/**
 * Chooses consensus's reputation stake for a chain: the ReputationRegistry contract when the
 * genesis deploys it, otherwise no reputation at all, so every AP mines at the base difficulty δ_0
 * (plain PoW). A chain without the registry in genesis never gains it at the reserved address, so
 * the choice is made once, from the genesis state (A-CHAIN-NODE-NO-REGISTRY).
 */
final class ChainReputation {
  private static final Logger LOG = LoggerFactory.getLogger(ChainReputation.class);

  private ChainReputation() {}

  /** The reputation source of the chain whose genesis block is {@code genesisHeader}. */
  static ReputationSource of(
      final GenesisConfig genesis,
      final BlockHeader genesisHeader,
      final WorldStateArchive archive) {
    if (registryDeployed(genesisHeader, archive)) {
      return new RegistryReputationSource(
          new ReputationRegistryReader(new ReadOnlyCalls(archive), genesis.chainId()),
          genesis.accessPoints());
    }
    LOG.warn(
        "The genesis deploys no ReputationRegistry at {}: every AP mines at the base difficulty",
        SystemContract.REPUTATION_REGISTRY.address());
    return new GenesisReputationTable(ReputationSnapshot.of(Map.of()));
  }

  private static boolean registryDeployed(
      final BlockHeader genesisHeader, final WorldStateArchive archive) {
    try (MutableWorldState state = archive.open(genesisHeader.stateRoot())) {
      return state.hasCode(new Address(SystemContract.REPUTATION_REGISTRY.address()));
    } catch (final MissingStateException e) {
      throw new IllegalStateException("the genesis state is missing", e);
    }
  }
}
