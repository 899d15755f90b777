/* SPDX-License-Identifier: Apache-2.0 */
/**
 * {@code twinchain devnet bench}: the devnet figures of BENCHMARKS.md (first block, readiness,
 * block interval, memory, slot latency) in one command.
 */
package io.twinchain.node.devnet.bench;
