/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.execution;

import io.horizen.evm.BlockHashCallback;
import io.horizen.evm.Evm;
import io.horizen.evm.Invocation;
import io.horizen.evm.results.InvocationResult;
import io.twinchain.chain.state.EvmTypes;
import io.twinchain.chain.state.MissingStateException;
import io.twinchain.chain.state.MutableWorldState;
import io.twinchain.chain.state.WorldStateArchive;
import io.twinchain.chain.types.Addresses;
import java.math.BigInteger;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/**
 * Read-only message calls (eth_call) against the state of any stored block: the call runs on the
 * state at the block's root, without nonce, fee or signature checks, and every effect is discarded.
 */
public final class ReadOnlyCalls {

  private final WorldStateArchive archive;

  /** Calls against states of {@code archive}. */
  public ReadOnlyCalls(final WorldStateArchive archive) {
    this.archive = archive;
  }

  /**
   * Runs {@code request} on the state with root {@code stateRoot} in the context {@code block}.
   *
   * @throws MissingStateException if that state is not available
   */
  public CallResult call(
      final Bytes32 stateRoot, final BlockContext block, final CallRequest request)
      throws MissingStateException {
    try (MutableWorldState state = archive.open(stateRoot);
        BlockHashCallback blockHashes = EvmContexts.callback(block.blockHashes())) {
      final org.web3j.abi.datatypes.Address from = request.from().orElse(Addresses.ZERO);
      AccessLists.warm(state.evmState(), from, request.to(), block.coinbase());
      if (request.to().isEmpty()) {
        // libevm's Create derives the address from the sender's nonce − 1 (EvmTransaction): as for
        // a
        // mined creation, step the nonce first, or the call lands on the sender's previous
        // creation.
        final io.horizen.evm.Address sender = EvmTypes.toEvm(from);
        state.evmState().setNonce(sender, state.evmState().getNonce(sender).add(BigInteger.ONE));
      }
      final InvocationResult result =
          Evm.Apply(
              state.evmState(),
              new Invocation(
                  EvmTypes.toEvm(from),
                  request.to().map(EvmTypes::toEvm).orElse(null),
                  request.value(),
                  request.data().toArrayUnsafe(),
                  BigInteger.valueOf(request.gas()),
                  false),
              EvmContexts.of(block, BigInteger.ZERO, blockHashes));
      final boolean success = EvmTransaction.succeeded(result);
      return new CallResult(
          Bytes.wrap(result.returnData == null ? new byte[0] : result.returnData),
          request.gas() - result.leftOverGas.longValueExact(),
          result.reverted,
          success ? Optional.empty() : Optional.of(EvmTransaction.errorOf(result)));
    }
  }
}
