/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p;

/** A P2P request that the peer could not answer or that was cut off. */
public final class RequestFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RequestFailedException(final String message) {
    super(message);
  }
}
