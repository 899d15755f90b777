/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.miner;

import io.twinchain.chain.block.ChainView;
import java.util.function.BooleanSupplier;

/**
 * Everything the miner touches outside consensus; the node supplies adaptors.
 *
 * @param chain the stored chain; the miner always mines on its head
 * @param pending the transaction pool
 * @param assembler executes transactions and builds the block to seal
 * @param importer takes sealed blocks
 * @param time the clock for timestamps and pacing
 * @param mayMine false while the node must not mine, e.g. while it syncs: its head is behind the
 *     best known peer head, so a block sealed on it would be stale and lose fork choice
 */
public record MinerPorts(
    ChainView chain,
    PendingTransactions pending,
    BlockTemplateAssembler assembler,
    MinedBlockImporter importer,
    TimeProvider time,
    BooleanSupplier mayMine) {}
