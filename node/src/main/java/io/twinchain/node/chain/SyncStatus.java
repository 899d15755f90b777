/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.chain;

/**
 * Progress of catching up with peers, in the shape of {@code eth_syncing}'s answer.
 *
 * @param startingBlock our head when this round of catching up began
 * @param currentBlock our head now
 * @param highestBlock the highest head a connected peer has announced
 */
public record SyncStatus(long startingBlock, long currentBlock, long highestBlock) {}
