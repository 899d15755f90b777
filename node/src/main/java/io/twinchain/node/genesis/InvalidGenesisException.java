/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.genesis;

import java.nio.file.Path;

/** A genesis file or genesis description that is unreadable or has a bad field. */
public final class InvalidGenesisException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidGenesisException(final Path file, final String key, final String problem) {
    super(file + ": " + key + " " + problem);
  }
}
