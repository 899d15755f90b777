/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.machinery;

/**
 * A simulated window with the machine state that produced it.
 *
 * @param state the true condition and severity
 * @param samples acceleration samples in g
 */
public record LabeledWindow(MachineState state, float[] samples) {}
