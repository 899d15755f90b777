/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.block;

import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.web3j.crypto.transaction.type.TransactionType;

/**
 * The consensus part of a transaction receipt, as Ethereum defines it after EIP-658 and EIP-2718.
 * Encode and decode with {@link ReceiptRlp}.
 *
 * @param type the envelope type of the transaction
 * @param success whether execution succeeded (status 1) or failed/reverted (status 0)
 * @param cumulativeGasUsed gas used in the block up to and including this transaction
 * @param logsBloom the bloom of {@code logs}
 * @param logs the logs emitted, empty if execution failed
 */
public record Receipt(
    TransactionType type,
    boolean success,
    long cumulativeGasUsed,
    Bytes logsBloom,
    List<Log> logs) {

  /** Copies {@code logs} so the receipt is immutable. */
  public Receipt {
    logs = List.copyOf(logs);
  }

  /** A receipt whose bloom is computed from its logs. */
  public static Receipt of(
      final TransactionType type,
      final boolean success,
      final long cumulativeGasUsed,
      final List<Log> logs) {
    return new Receipt(type, success, cumulativeGasUsed, LogsBloom.of(logs), logs);
  }
}
