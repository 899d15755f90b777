/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.metrics;

/**
 * Where a metric belongs; the category gives its name prefix. {@link #ETHEREUM} carries the
 * client-neutral EIP-2159 names ({@code ethereum_blockchain_height}, ...); the rest are ours.
 */
public enum MetricCategory {
  ETHEREUM("ethereum"),
  TRANSACTION_POOL("twinchain_transaction_pool"),
  SIMULATOR("twinchain_simulator"),
  CONTROLLER("twinchain_controller"),
  BLOCKCHAIN("twinchain_blockchain"),
  PEERS("twinchain_peers"),
  NETWORK("twinchain_network"),
  RPC("twinchain_rpc"),
  PERMISSIONING("twinchain_permissioning"),
  TWIN("twinchain_twin");

  private final String prefix;

  MetricCategory(final String prefix) {
    this.prefix = prefix;
  }

  /** The full metric name for {@code name} in this category. */
  public String metricName(final String name) {
    return prefix + "_" + name;
  }
}
