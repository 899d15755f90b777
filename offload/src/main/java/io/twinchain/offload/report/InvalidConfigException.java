/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.report;

/** A simulation config that cannot be read or makes no sense; the message names the field. */
public final class InvalidConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidConfigException(final String message) {
    super(message);
  }

  public InvalidConfigException(final String message, final Throwable cause) {
    super(message, cause);
  }
}
