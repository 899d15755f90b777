/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.eth;

import io.twinchain.chain.json.BlockTag;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.query.BlockchainQueries;

/**
 * Resolves a block parameter ({@code latest}, {@code earliest}, {@code pending}, {@code safe},
 * {@code finalized} or a hex number) to a canonical block number.
 */
final class BlockParameter {

  private BlockParameter() {}

  /** The block number parameter {@code index} names; {@code latest} when absent. */
  static long number(final JsonRpcParams params, final int index, final BlockchainQueries chain)
      throws JsonRpcException {
    return params.blockTag(index).resolve(chain.headNumber());
  }

  /** Whether parameter {@code index} is {@code pending}. */
  static boolean isPending(final JsonRpcParams params, final int index) throws JsonRpcException {
    return params.blockTag(index).kind() == BlockTag.Kind.PENDING;
  }
}
