/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.profile;

/**
 * Measured latency at one partition point, median over the profiler's iterations, one sample.
 *
 * @param l partition point
 * @param headSeconds gateway part (layers 1..l), 0 at l = 0
 * @param tailSeconds AP part (layers l+1..L), 0 at l = L
 */
public record CutTiming(int l, double headSeconds, double tailSeconds) {}
