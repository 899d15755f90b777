/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.permissions;

import java.nio.file.Path;

/** A permissions file that cannot be read or holds a malformed key or entry. */
public final class InvalidPermissionsConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the error for {@code file}, naming the offending {@code key} and the problem. */
  public InvalidPermissionsConfigException(
      final Path file, final String key, final String problem) {
    super("permissions file " + file + ": " + key + " " + problem);
  }
}
