/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.app;

import java.util.Locale;

/**
 * What a node does in the network (DESIGN.md): APs mine and run tail layers, gateways keep twins.
 */
public enum NodeRole {
  /** Keeps device twins and runs the head layers of their DNNs. */
  GATEWAY,
  /** Access point: runs tail layers and produces blocks. */
  AP,
  /** Follows the chain and serves JSON-RPC; neither mines nor keeps twins. */
  OBSERVER;

  /** The name used in configuration and file names. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
