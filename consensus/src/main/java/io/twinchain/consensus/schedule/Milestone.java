/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.schedule;

/**
 * The consensus protocol versions, in activation order; genesis names the block each starts at.
 * Changing a formula from the paper means adding a milestone here and its delta in {@link
 * ProtocolSpecs}, never an {@code if (block > X)} in a rule.
 */
public enum Milestone {
  /** Spec §3.2 as written: δ_k = δ_0·exp(−ρ·R_k) with a floor, retargeted δ_0, stake modifier. */
  BDT,
  /** BDT with the Proof-of-Trusted-Work multi-level step difficulty δ_0 / 2^j instead. */
  BDT_MULTI_LEVEL
}
