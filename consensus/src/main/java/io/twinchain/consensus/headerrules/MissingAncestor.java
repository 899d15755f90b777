/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.headerrules;

import io.twinchain.chain.validation.InvalidReason;
import io.twinchain.chain.validation.ValidationResult;
import org.apache.tuweni.bytes.Bytes32;

/** The result of an attached rule that could not find an ancestor it needs. */
final class MissingAncestor {

  private MissingAncestor() {}

  static ValidationResult of(final String which, final Bytes32 descendantOrHash) {
    return ValidationResult.invalid(
        InvalidReason.of(
            ConsensusReason.MISSING_ANCESTOR,
            which + " not stored (looked up from " + descendantOrHash.toHexString() + ")"));
  }
}
