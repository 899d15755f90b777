/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.devchain.rpc;

import io.twinchain.chain.state.MissingStateException;
import io.twinchain.chain.state.MutableWorldState;
import io.twinchain.contracts.devchain.DevChain;
import java.util.Optional;
import java.util.function.Function;

/** Reads a sealed block's state for a JSON-RPC method, turning a missing state into an error. */
final class StateReads {

  private StateReads() {}

  static <T> T read(
      final DevChain chain, final long number, final Function<MutableWorldState, T> reader)
      throws DevRpcException {
    try {
      return chain.readState(number, reader);
    } catch (MissingStateException e) {
      throw new DevRpcException(
          DevRpcException.INVALID_PARAMS,
          "state of block " + number + " missing",
          Optional.empty());
    }
  }
}
