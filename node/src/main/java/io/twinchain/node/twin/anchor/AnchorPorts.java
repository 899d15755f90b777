/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin.anchor;

import io.twinchain.chain.block.Receipt;
import io.twinchain.chain.execution.CallRequest;
import io.twinchain.chain.execution.CallResult;
import io.twinchain.chain.txpool.TransactionSink;
import io.twinchain.node.chain.ChainEvents;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the gateway's twins need from the chain side of the node: anchoring, and reading device
 * registrations from TwinRegistry.
 *
 * @param sink where the signed anchor transactions go (the transaction pool)
 * @param chainEvents canonical blocks, to learn where an anchor was mined
 * @param receipts a canonical block's receipts by block hash
 * @param chainId the chain id the transactions are signed for
 * @param genesisTime the start of slot 0
 * @param headCall read-only calls on the canonical head's state (empty while unavailable)
 */
public record AnchorPorts(
    TransactionSink sink,
    ChainEvents chainEvents,
    Function<org.apache.tuweni.bytes.Bytes32, Optional<List<Receipt>>> receipts,
    long chainId,
    Instant genesisTime,
    Function<CallRequest, Optional<CallResult>> headCall) {}
