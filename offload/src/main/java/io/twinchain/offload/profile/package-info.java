/* SPDX-License-Identifier: Apache-2.0 */
/**
 * The spec's per-layer quantities (§2.2) for any zoo model: FLOPs χ_l counted from the graph, cut
 * tensor size ψ_l, measured head and tail latency per partition point, and the calibration of φ·f
 * (FLOPs per second) from those measurements.
 */
package io.twinchain.offload.profile;
