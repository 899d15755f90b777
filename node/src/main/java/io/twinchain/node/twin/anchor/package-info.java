/* SPDX-License-Identifier: Apache-2.0 */
/**
 * A gateway's twin anchoring: the slot clock, the anchor records kept beside the twins, the signed
 * {@code TwinRegistry.anchor} transaction, and the proofs {@code twin_getProof} serves.
 */
package io.twinchain.node.twin.anchor;
