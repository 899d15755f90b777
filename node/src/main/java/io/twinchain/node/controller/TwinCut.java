/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

/**
 * The partition point l_n(t) of one twin's DNN: layers 1..cut run on its gateway, the rest on its
 * AP.
 *
 * @param twin the twin's thing id
 * @param cut l_n ∈ {0..L_n}
 */
public record TwinCut(String twin, int cut) {

  public TwinCut {
    if (twin.isEmpty()) {
      throw new IllegalArgumentException("twin id must not be empty");
    }
    if (cut < 0 || cut > 0xFFFF) {
      throw new IllegalArgumentException("cut must be in [0, 65535], got " + cut);
    }
  }
}
