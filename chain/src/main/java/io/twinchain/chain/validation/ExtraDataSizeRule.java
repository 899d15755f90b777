/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.validation;

import io.twinchain.chain.block.BlockHeader;

/** The header's extra data is at most a fixed number of bytes. */
public final class ExtraDataSizeRule implements DetachedHeaderRule {

  /** The bound Ethereum uses, and the ledger's default. */
  public static final int DEFAULT_MAX_BYTES = 32;

  private final int maxBytes;

  /** A rule allowing at most {@code maxBytes} of extra data. */
  public ExtraDataSizeRule(final int maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public ValidationResult validate(final BlockHeader header, final BlockHeader parent) {
    return ValidationResult.check(
        header.extraData().size() <= maxBytes,
        () ->
            InvalidReason.mismatch(
                BlockReason.EXTRA_DATA_TOO_LONG,
                "extra data size",
                "at most " + maxBytes,
                header.extraData().size()));
  }
}
