/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain;

import io.twinchain.chain.block.Block;
import io.twinchain.chain.block.BlockBody;
import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.execution.TrieRoots;
import io.twinchain.chain.state.MissingStateException;
import io.twinchain.chain.state.MutableWorldState;
import io.twinchain.chain.state.WorldStateArchive;
import io.twinchain.chain.types.Addresses;
import io.twinchain.contracts.genesis.SystemContractsGenesis;
import java.util.List;
import org.apache.tuweni.units.bigints.UInt256;
import org.web3j.abi.datatypes.Address;

/** Block 0 of a dev chain: funded accounts and the system contracts at their fixed addresses. */
final class DevChainGenesis {

  private DevChainGenesis() {}

  static SealedBlock create(final WorldStateArchive archive, final DevChainConfig config) {
    try (MutableWorldState state = archive.open(WorldStateArchive.EMPTY_ROOT)) {
      for (Address account : config.funded()) {
        state.setBalance(account, config.balance());
      }
      SystemContractsGenesis.place(config.systemContracts(), state);
      final BlockHeader header =
          BlockHeader.builder()
              .number(0)
              .gasLimit(config.blockGasLimit())
              .difficulty(UInt256.ONE)
              .stateRoot(state.commit())
              .transactionsRoot(TrieRoots.transactionsRoot(List.of()))
              .receiptsRoot(TrieRoots.receiptsRoot(List.of()))
              .miner(Addresses.ZERO)
              .build();
      return new SealedBlock(new Block(header, BlockBody.EMPTY), List.of(), List.of());
    } catch (MissingStateException e) {
      throw new IllegalStateException("the empty state always exists", e);
    }
  }
}
