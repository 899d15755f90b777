/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.query;

/**
 * Read-only facts about the chain this node follows, for {@code eth_chainId}/{@code net_version}.
 */
public interface ChainQueries {

  /** The EIP-155 chain id from the genesis file; also the network id. */
  long chainId();
}
