/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.state;

import org.apache.tuweni.bytes.Bytes32;

/** The world state of a root is not in the state database (never committed, or lost). */
public class MissingStateException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The state of {@code root} is missing. */
  public MissingStateException(final Bytes32 root, final Throwable cause) {
    super("world state " + root.toHexString() + " is not available", cause);
  }
}
