/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.keys;

import java.nio.file.Path;

/** A node key file that is missing, unreadable or does not hold a valid key. */
public final class InvalidNodeKeyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the error for {@code file} with a human-readable {@code problem}. */
  public InvalidNodeKeyException(final Path file, final String problem) {
    super("node key file " + file + " " + problem);
  }
}
