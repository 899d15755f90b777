/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.chain;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.validation.InvalidReason;
import io.twinchain.node.p2p.ValidationResult;
import java.util.Optional;

/**
 * What the node's import pipeline did with one block.
 *
 * @param kind the outcome
 * @param header the block's header, if it could be decoded
 * @param reason why the block was refused, for {@link Kind#INVALID}
 */
public record ImportOutcome(
    Kind kind, Optional<BlockHeader> header, Optional<InvalidReason> reason) {

  /** The outcomes of an import. */
  public enum Kind {
    /** Stored and now (part of) the canonical chain. */
    IMPORTED_AS_HEAD,
    /** Stored on a side fork. */
    IMPORTED_AS_FORK,
    /** Stored before; nothing changed. */
    ALREADY_KNOWN,
    /** Kept until its parent arrives. */
    PARKED_UNKNOWN_PARENT,
    /** Kept until the local clock reaches its timestamp. */
    PARKED_FUTURE,
    /** Refused; nothing changed. */
    INVALID
  }

  static ImportOutcome of(final Kind kind, final BlockHeader header) {
    return new ImportOutcome(kind, Optional.of(header), Optional.empty());
  }

  static ImportOutcome invalid(final Optional<BlockHeader> header, final InvalidReason reason) {
    return new ImportOutcome(Kind.INVALID, header, Optional.of(reason));
  }

  /** Whether the block is stored now. */
  public boolean isStored() {
    return kind == Kind.IMPORTED_AS_HEAD
        || kind == Kind.IMPORTED_AS_FORK
        || kind == Kind.ALREADY_KNOWN;
  }

  /** The gossip verdict, which drives relaying and peer scoring. */
  public ValidationResult verdict() {
    return switch (kind) {
      case IMPORTED_AS_HEAD, IMPORTED_AS_FORK -> ValidationResult.ACCEPT;
      case ALREADY_KNOWN -> ValidationResult.IGNORE;
      case PARKED_UNKNOWN_PARENT, PARKED_FUTURE -> ValidationResult.SAVE_FOR_FUTURE;
      case INVALID -> ValidationResult.REJECT;
    };
  }
}
