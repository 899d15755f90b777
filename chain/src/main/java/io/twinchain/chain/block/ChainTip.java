/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.block;

import org.apache.tuweni.units.bigints.UInt256;

/**
 * A block as fork choice sees it: its header and the cumulative work of the chain ending in it.
 *
 * @param header the block's header
 * @param totalWork the sum of the difficulties from genesis to this block, inclusive
 */
public record ChainTip(BlockHeader header, UInt256 totalWork) {}
