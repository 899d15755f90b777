/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.query;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.Receipt;
import io.twinchain.chain.transaction.Transaction;
import java.util.List;
import org.apache.tuweni.units.bigints.UInt256;

/**
 * A stored block as JSON-RPC shows it.
 *
 * @param header the header
 * @param transactions its transactions, senders recovered
 * @param receipts their receipts, in the same order
 * @param totalWork cumulative work up to this block
 * @param size the encoded block's size in bytes
 */
public record MinedBlock(
    BlockHeader header,
    List<Transaction> transactions,
    List<Receipt> receipts,
    UInt256 totalWork,
    long size) {}
