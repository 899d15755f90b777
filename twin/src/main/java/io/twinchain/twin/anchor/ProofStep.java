/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.anchor;

import static java.util.Objects.requireNonNull;

import org.apache.tuweni.bytes.Bytes32;

/**
 * One level of an inclusion proof: the sibling hash and the side it sits on.
 *
 * @param side where the sibling is relative to the running hash
 * @param sibling the sibling's hash
 */
public record ProofStep(Side side, Bytes32 sibling) {

  /** The sibling's side. */
  public enum Side {
    /** parent = node(sibling, running) */
    LEFT,
    /** parent = node(running, sibling) */
    RIGHT
  }

  /** Rejects missing parts. */
  public ProofStep {
    requireNonNull(side, "side");
    requireNonNull(sibling, "sibling");
  }
}
