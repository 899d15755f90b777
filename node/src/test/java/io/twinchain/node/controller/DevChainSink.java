/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import io.twinchain.chain.transaction.InvalidTransactionException;
import io.twinchain.chain.txpool.RejectionReason;
import io.twinchain.chain.txpool.SubmitResult;
import io.twinchain.chain.txpool.TransactionSink;
import io.twinchain.contracts.devchain.DevChain;
import org.apache.tuweni.bytes.Bytes;
import org.web3j.abi.datatypes.Address;

/**
 * The transaction sink of the contracts module's dev chain: every transaction executes at once on
 * the real EVM (libevm) against the genesis system contracts, one block per transaction.
 */
final class DevChainSink implements TransactionSink {

  private final DevChain chain;

  DevChainSink(final DevChain chain) {
    this.chain = chain;
  }

  @Override
  public SubmitResult submit(final Bytes envelope) {
    try {
      return new SubmitResult.Accepted(chain.submit(envelope));
    } catch (InvalidTransactionException e) {
      return new SubmitResult.Rejected(RejectionReason.INVALID, e.getMessage());
    }
  }

  @Override
  public long nextNonce(final Address sender) {
    return chain.readPendingState(state -> state.nonce(sender));
  }
}
