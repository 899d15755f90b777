/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.execution;

import io.twinchain.chain.block.Log;
import io.twinchain.chain.transaction.Transaction;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.web3j.abi.datatypes.Address;

/**
 * The outcome of executing one valid transaction. A failed execution (revert, out of gas) is still
 * a valid transaction: it pays for its gas and gets a receipt with status 0.
 *
 * @param transaction the transaction executed
 * @param success whether execution completed without revert or error
 * @param gasUsed gas charged, after refunds
 * @param returnData the output (or revert data)
 * @param contractAddress the created contract's address, for a successful creation
 * @param error the EVM error (e.g. "execution reverted", "out of gas"), if not successful
 * @param logs the logs emitted, empty if not successful
 */
public record TransactionResult(
    Transaction transaction,
    boolean success,
    long gasUsed,
    Bytes returnData,
    Optional<Address> contractAddress,
    Optional<String> error,
    List<Log> logs) {

  /** Copies {@code logs} so the result is immutable. */
  public TransactionResult {
    logs = List.copyOf(logs);
  }
}
