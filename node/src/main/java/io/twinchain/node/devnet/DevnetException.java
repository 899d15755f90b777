/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet;

/**
 * A devnet command cannot go on, for a reason the user can act on (already running, a port taken,
 * no devnet in the folder). The CLI prints the message alone, without a stack trace.
 */
public final class DevnetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DevnetException(final String message) {
    super(message);
  }
}
