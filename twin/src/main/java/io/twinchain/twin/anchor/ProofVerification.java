/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.anchor;

import org.apache.tuweni.bytes.Bytes32;

/** The outcome of checking an inclusion proof: valid, or why not with the values involved. */
public sealed interface ProofVerification {

  /** Whether the proof holds. */
  default boolean isValid() {
    return this instanceof Valid;
  }

  /** The leaf is in the tree with the expected root. */
  record Valid(Bytes32 root) implements ProofVerification {}

  /**
   * The proof does not lead to the expected root.
   *
   * @param reason why
   * @param expected the root it was checked against
   * @param computed the root the proof leads to
   */
  record Invalid(Reason reason, Bytes32 expected, Bytes32 computed) implements ProofVerification {}

  /** Why a proof fails. */
  enum Reason {
    /** The leaf and steps hash to a different root (wrong leaf, state, step or root). */
    ROOT_MISMATCH,
    /** The state hash in the leaf is not the hash of the state shown. */
    STATE_MISMATCH
  }
}
