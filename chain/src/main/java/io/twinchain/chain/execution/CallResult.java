/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.execution;

import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;

/**
 * The outcome of a read-only call.
 *
 * @param returnData the output, or the revert data
 * @param gasUsed gas the call consumed
 * @param reverted whether the callee reverted
 * @param error the EVM error, if the call did not succeed
 */
public record CallResult(Bytes returnData, long gasUsed, boolean reverted, Optional<String> error) {

  /** Whether the call completed without revert or error. */
  public boolean success() {
    return error.isEmpty();
  }
}
