/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.experiment;

/** The experiment cannot go on: a devnet did not come up or stopped answering. */
public final class ExperimentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The error with a message for the user. */
  public ExperimentException(final String message) {
    super(message);
  }
}
