/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.genesis;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.LogsBloom;
import io.twinchain.chain.execution.TrieRoots;
import io.twinchain.chain.state.MissingStateException;
import io.twinchain.chain.state.MutableWorldState;
import io.twinchain.chain.state.WorldStateArchive;
import io.twinchain.chain.types.Keccak256;
import java.util.Map;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.abi.datatypes.Address;

/**
 * The genesis block of a {@link GenesisConfig}: number 0, zero parent, the state root of the {@code
 * alloc}, empty transactions and receipts. Its hash depends only on the file's content, so every
 * node of a network computes the same one.
 *
 * <p>[RECON] A-CHAIN-GENESIS-FIELDS: the genesis slot is 0, its miner the zero address, and its
 * reputation-snapshot root the Keccak-256 of the empty string; its stake modifier is the Keccak-256
 * of the chain id (8 bytes big-endian), so PoW on distinct chains never shares pre-images.
 */
public final class GenesisBlocks {

  private GenesisBlocks() {}

  /** Writes the alloc into {@code archive} (committed) and returns the genesis header. */
  public static BlockHeader create(final GenesisConfig config, final WorldStateArchive archive) {
    final Bytes32 stateRoot;
    try (MutableWorldState state = archive.open(WorldStateArchive.EMPTY_ROOT)) {
      for (final Map.Entry<Address, GenesisAccount> entry : config.alloc().entrySet()) {
        apply(state, entry.getKey(), entry.getValue());
      }
      stateRoot = state.commit();
    } catch (final MissingStateException e) {
      throw new IllegalStateException("the empty state is always available", e);
    }
    return BlockHeader.builder()
        .number(0)
        .timestamp(config.timestamp())
        .stateRoot(stateRoot)
        .transactionsRoot(TrieRoots.EMPTY)
        .receiptsRoot(TrieRoots.EMPTY)
        .logsBloom(LogsBloom.EMPTY)
        .gasLimit(config.gasLimit())
        .reputationSnapshotRoot(Keccak256.EMPTY)
        .difficulty(config.difficulty())
        .stakeModifier(Keccak256.hash(Bytes.ofUnsignedLong(config.chainId())))
        .extraData(config.extraData())
        .build();
  }

  private static void apply(
      final MutableWorldState state, final Address address, final GenesisAccount account) {
    state.setBalance(address, account.balance());
    state.setNonce(address, account.nonce());
    if (!account.code().isEmpty()) {
      state.setCode(address, account.code());
    }
    account.storage().forEach((slot, value) -> state.setStorage(address, slot, value));
  }
}
