/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.json;

import java.util.Optional;

/**
 * A block parameter: a number, or a tag. {@code safe} and {@code finalized} mean the head (a
 * permissioned chain has no separate finality gadget); {@code pending} is kept apart for methods
 * that count pool transactions.
 *
 * @param kind what the parameter names
 * @param number the block number, for {@link Kind#NUMBER}
 */
public record BlockTag(Kind kind, long number) {

  /** What a block parameter names. */
  public enum Kind {
    LATEST,
    EARLIEST,
    PENDING,
    NUMBER
  }

  /** The head, as when the parameter is absent. */
  public static final BlockTag LATEST = new BlockTag(Kind.LATEST, 0);

  /** Parses a tag or number; an absent parameter means {@code latest}. */
  public static BlockTag parse(final Optional<String> text) throws JsonParamException {
    if (text.isEmpty()) {
      return LATEST;
    }
    return switch (text.get()) {
      case "latest", "safe", "finalized" -> LATEST;
      case "pending" -> new BlockTag(Kind.PENDING, 0);
      case "earliest" -> new BlockTag(Kind.EARLIEST, 0);
      default -> new BlockTag(Kind.NUMBER, HexJson.parseLong(text.get()));
    };
  }

  /** The block number this tag names on a chain whose head is {@code head}. */
  public long resolve(final long head) {
    return switch (kind) {
      case LATEST, PENDING -> head;
      case EARLIEST -> 0;
      case NUMBER -> number;
    };
  }
}
