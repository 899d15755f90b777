/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.types;

/** Bytes that are not a well-formed RLP encoding of the expected structure. */
public class MalformedRlpException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Malformed input described by {@code message}. */
  public MalformedRlpException(final String message) {
    super(message);
  }

  /** Malformed input described by {@code message}, detected by {@code cause}. */
  public MalformedRlpException(final String message, final Throwable cause) {
    super(message, cause);
  }
}
