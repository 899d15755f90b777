/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.genesis;

import java.util.List;
import java.util.Map;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;
import org.web3j.abi.datatypes.Address;

/**
 * A parsed {@code genesis.json}. Parse with {@link GenesisParser}; build the genesis block with
 * {@link GenesisBlocks}.
 *
 * @param chainId {@code config.chainId}, bound into every transaction signature
 * @param consensus {@code config.consensus}
 * @param timestamp genesis time, seconds
 * @param gasLimit block gas limit of genesis (and, unless consensus retargets it, every block)
 * @param difficulty the genesis block's difficulty
 * @param extraData genesis extra data (at most 32 bytes)
 * @param alloc prefunded accounts and pre-deployed contracts, in file order
 * @param accessPoints initial AP (block producer) addresses
 * @param gateways initial gateway addresses
 */
public record GenesisConfig(
    long chainId,
    ConsensusParameters consensus,
    long timestamp,
    long gasLimit,
    UInt256 difficulty,
    Bytes extraData,
    Map<Address, GenesisAccount> alloc,
    List<Address> accessPoints,
    List<Address> gateways) {

  /** Copies the collections so the config is immutable (alloc keeps its order). */
  public GenesisConfig {
    alloc = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(alloc));
    accessPoints = List.copyOf(accessPoints);
    gateways = List.copyOf(gateways);
  }
}
