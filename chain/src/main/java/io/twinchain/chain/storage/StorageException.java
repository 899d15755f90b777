/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.storage;

/** A failure of the underlying store (I/O error, corruption, incompatible schema). */
public class StorageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure described by {@code message}. */
  public StorageException(final String message) {
    super(message);
  }

  /** A failure described by {@code message}, caused by {@code cause}. */
  public StorageException(final String message, final Throwable cause) {
    super(message, cause);
  }
}
