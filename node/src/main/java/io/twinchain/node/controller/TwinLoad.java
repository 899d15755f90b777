/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

/**
 * One twin's workload in a slot: D_n(t), the samples buffered for inference.
 *
 * @param twin the twin's thing id
 * @param samples D_n(t) ≥ 0
 */
public record TwinLoad(String twin, long samples) {

  public TwinLoad {
    if (twin.isEmpty()) {
      throw new IllegalArgumentException("twin id must not be empty");
    }
    if (samples < 0) {
      throw new IllegalArgumentException("samples must be >= 0, got " + samples);
    }
  }
}
