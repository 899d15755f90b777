/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.block;

import java.util.Optional;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * Read-only view of the stored chain: what header rules, fork choice, the miner and RPC need. Every
 * stored block is visible, canonical or not; "canonical" lookups follow the current head.
 */
public interface ChainView {

  /** The header of the current head. */
  BlockHeader head();

  /** The genesis header. */
  BlockHeader genesis();

  /** Any stored header by hash. */
  Optional<BlockHeader> header(Bytes32 hash);

  /** The header of the canonical block at {@code number}. */
  Optional<BlockHeader> canonicalHeader(long number);

  /** The cumulative work of the chain ending in the block {@code hash}. */
  Optional<UInt256> totalWork(Bytes32 hash);
}
