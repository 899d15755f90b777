/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.revert;

import java.util.List;

/**
 * Why an EVM call reverted, decoded from its return data.
 *
 * @param kind which encoding the return data used
 * @param name {@code Error}, {@code Panic}, the custom error's name, or empty for raw data
 * @param arguments decoded arguments as text (addresses and bytes in 0x-hex, numbers in decimal)
 * @param rawHex the undecoded return data, 0x-prefixed
 */
public record RevertReason(Kind kind, String name, List<String> arguments, String rawHex) {

  /** Encodings of revert data. */
  public enum Kind {
    /** No return data: {@code revert()} or an out-of-gas style failure. */
    EMPTY,
    /** {@code Error(string)} from {@code require(cond, "message")}. */
    ERROR_STRING,
    /** {@code Panic(uint256)} from a failed assert, overflow or bad array index. */
    PANIC,
    /** A custom error declared in one of the known ABIs. */
    CUSTOM_ERROR,
    /** Data that matches no known selector. */
    UNKNOWN
  }

  public RevertReason {
    arguments = List.copyOf(arguments);
  }

  /** Human-readable form, e.g. {@code DuplicateReceipt(0xab…)} or the require message. */
  public String describe() {
    return switch (kind) {
      case EMPTY -> "reverted without data";
      case ERROR_STRING -> arguments.getFirst();
      case PANIC, CUSTOM_ERROR -> name + "(" + String.join(", ", arguments) + ")";
      case UNKNOWN -> "reverted with unknown data " + rawHex;
    };
  }
}
