/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.query;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.execution.CallRequest;
import io.twinchain.chain.execution.CallResult;
import io.twinchain.chain.execution.GasEstimator;
import io.twinchain.chain.json.ReceiptJson;
import io.twinchain.chain.state.MutableWorldState;
import java.util.Optional;
import java.util.function.Function;
import org.apache.tuweni.bytes.Bytes32;

/**
 * Read-only view of the ledger for {@code eth_*} methods (Besu's {@code BlockchainQueries}): the
 * canonical chain, its receipts, and the world state after any canonical block.
 */
public interface BlockchainQueries {

  /** Number of the canonical head. */
  long headNumber();

  /** The canonical header at {@code number}. */
  Optional<BlockHeader> canonicalHeader(long number);

  /** A stored header by hash, canonical or not. */
  Optional<BlockHeader> header(Bytes32 hash);

  /** A stored block with its transactions and receipts. */
  Optional<MinedBlock> block(Bytes32 hash);

  /** The receipt of a canonical transaction. */
  Optional<ReceiptJson.Facts> receipt(Bytes32 transactionHash);

  /** A canonical transaction with where it sits. */
  Optional<MinedTransaction> transaction(Bytes32 transactionHash);

  /**
   * Reads the world state after canonical block {@code number}; empty if that block is unknown. The
   * state is shared and read-only: {@code reader} must not change it.
   */
  <T> Optional<T> readState(long number, Function<MutableWorldState, T> reader);

  /** Runs a read-only call on the state after canonical block {@code number}. */
  Optional<CallResult> call(long number, CallRequest request);

  /**
   * Estimates the gas limit of {@code request} on the state after canonical block {@code number}.
   */
  Optional<GasEstimator.Estimate> estimateGas(long number, CallRequest request);
}
