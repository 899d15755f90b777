/* SPDX-License-Identifier: Apache-2.0 */
/**
 * Twin anchoring, the pure part: the leaf of a twin at a revision, the binary Merkle tree a gateway
 * anchors each slot, inclusion proofs, and the verifier anyone can run against an anchored root.
 */
package io.twinchain.twin.anchor;
