/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.importer;

import static io.twinchain.chain.validation.ValidationResult.check;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.execution.BlockExecution;
import io.twinchain.chain.validation.BlockReason;
import io.twinchain.chain.validation.InvalidReason;
import io.twinchain.chain.validation.ValidationResult;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/** Compares a header's execution fields with what executing its body produced. */
final class PostExecutionChecks {

  private PostExecutionChecks() {}

  static ValidationResult validate(
      final BlockHeader header, final BlockExecution execution, final Bytes32 stateRoot) {
    final Bytes32 receiptsRoot = execution.receiptsRoot();
    final Bytes bloom = execution.logsBloom();
    return ValidationResult.firstOf(
        () ->
            check(
                header.gasUsed() == execution.gasUsed(),
                () ->
                    InvalidReason.mismatch(
                        BlockReason.GAS_USED_MISMATCH,
                        "gas used",
                        execution.gasUsed(),
                        header.gasUsed())),
        () ->
            check(
                header.receiptsRoot().equals(receiptsRoot),
                () ->
                    InvalidReason.mismatch(
                        BlockReason.RECEIPTS_ROOT_MISMATCH,
                        "receipts root",
                        receiptsRoot,
                        header.receiptsRoot())),
        () ->
            check(
                header.logsBloom().equals(bloom),
                () ->
                    InvalidReason.mismatch(
                        BlockReason.LOGS_BLOOM_MISMATCH, "logs bloom", bloom, header.logsBloom())),
        () ->
            check(
                header.stateRoot().equals(stateRoot),
                () ->
                    InvalidReason.mismatch(
                        BlockReason.STATE_ROOT_MISMATCH,
                        "state root",
                        stateRoot,
                        header.stateRoot())));
  }
}
