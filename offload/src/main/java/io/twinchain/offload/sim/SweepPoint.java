/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.sim;

/**
 * DPRA at one value of a swept parameter.
 *
 * @param value the parameter (V or K)
 * @param latency time-average τ over seeds
 * @param backlog time-average Σ Z_k over seeds
 * @param worstQueueRate max over seeds and APs of Z_k(T)/T
 */
public record SweepPoint(double value, Estimate latency, Estimate backlog, double worstQueueRate) {}
