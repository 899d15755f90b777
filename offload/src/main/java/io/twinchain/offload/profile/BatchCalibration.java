/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.profile;

import io.twinchain.offload.latency.LayerTable;

/**
 * The latency model's compute terms for one model at one batch size D on this machine, fitted by
 * {@link BatchCalibrator} (assumption A-OFFLOAD-BATCH-CALIBRATION).
 *
 * @param table χ per layer calibrated from measured stage times (FLOP-equivalents at {@code
 *     gatewayFlopsPerSecond}), ψ per layer as counted
 * @param samples D the stages were timed at
 * @param gatewayFlopsPerSecond φ_G·f_G: the least-squares line through (counted FLOPs, wall time)
 *     of every head and tail, as the gateway's head is timed (wall clock)
 * @param apFlopsPerSecond φ_A·f^max: the same machine as the AP's throttled executor budgets it, by
 *     CPU time; φ_G·f_G × (tail wall time / tail CPU time)
 */
public record BatchCalibration(
    LayerTable table, int samples, double gatewayFlopsPerSecond, double apFlopsPerSecond) {}
