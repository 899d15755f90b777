/* SPDX-License-Identifier: Apache-2.0 */
/**
 * {@code twinchain devnet experiment}: DPRA against baseline policies on fresh devnets with the
 * same seeds, sampled per slot over JSON-RPC, written as CSV, PNG and a summary.
 */
package io.twinchain.node.devnet.experiment;
