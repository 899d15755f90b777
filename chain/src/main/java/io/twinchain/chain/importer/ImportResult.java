/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.importer;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.validation.InvalidReason;
import java.util.Optional;

/**
 * The outcome of importing one block.
 *
 * @param status what happened
 * @param header the block's header, if it could be decoded
 * @param reason why the block was refused, for {@link Status#INVALID}
 */
public record ImportResult(
    Status status, Optional<BlockHeader> header, Optional<InvalidReason> reason) {

  /** What happened to an imported block. */
  public enum Status {
    /** Stored and now the canonical head (possibly after a reorg). */
    IMPORTED_AS_HEAD,
    /** Stored on a side fork that is not heavier than the head. */
    IMPORTED_AS_FORK,
    /** Already stored; nothing changed. */
    ALREADY_KNOWN,
    /** Refused; nothing changed. */
    INVALID
  }

  static ImportResult imported(final BlockHeader header, final boolean head) {
    return new ImportResult(
        head ? Status.IMPORTED_AS_HEAD : Status.IMPORTED_AS_FORK,
        Optional.of(header),
        Optional.empty());
  }

  static ImportResult known(final BlockHeader header) {
    return new ImportResult(Status.ALREADY_KNOWN, Optional.of(header), Optional.empty());
  }

  static ImportResult invalid(final Optional<BlockHeader> header, final InvalidReason reason) {
    return new ImportResult(Status.INVALID, header, Optional.of(reason));
  }

  /** Whether the block is stored (now or before). */
  public boolean isStored() {
    return status != Status.INVALID;
  }
}
