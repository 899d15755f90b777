/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin.anchor;

import io.twinchain.chain.block.Receipt;
import io.twinchain.chain.txpool.TransactionSink;
import io.twinchain.node.chain.ChainEvents;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What anchoring needs from the chain side of the node.
 *
 * @param sink where the signed anchor transactions go (the transaction pool)
 * @param chainEvents canonical blocks, to learn where an anchor was mined
 * @param receipts a canonical block's receipts by block hash
 * @param chainId the chain id the transactions are signed for
 * @param genesisTime the start of slot 0
 */
public record AnchorPorts(
    TransactionSink sink,
    ChainEvents chainEvents,
    Function<org.apache.tuweni.bytes.Bytes32, Optional<List<Receipt>>> receipts,
    long chainId,
    Instant genesisTime) {}
