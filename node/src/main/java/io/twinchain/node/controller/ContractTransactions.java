/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import io.twinchain.chain.txpool.SubmitResult;
import io.twinchain.chain.txpool.TransactionSink;
import java.math.BigInteger;
import org.apache.tuweni.bytes.Bytes;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Function;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;

/**
 * Calls system contracts from a node's own account: signs an EIP-1559 transaction with the node key
 * (nonce from the pool, so pending calls chain up) and hands it to the {@link TransactionSink}.
 */
public final class ContractTransactions {

  private final TransactionSink sink;
  private final Credentials sender;
  private final long chainId;
  private final BigInteger fee;

  /**
   * @param sink the node's transaction pool
   * @param sender the node's account key
   * @param chainId the chain the transactions are bound to
   * @param fee fee cap and priority fee per gas, wei
   */
  public ContractTransactions(
      final TransactionSink sink,
      final Credentials sender,
      final long chainId,
      final BigInteger fee) {
    this.sink = sink;
    this.sender = sender;
    this.chainId = chainId;
    this.fee = fee;
  }

  /** Submits a call of {@code function} on the contract at {@code to}. */
  public synchronized SubmitResult call(final String to, final Function function, final long gas) {
    final long nonce = sink.nextNonce(new Address(sender.getAddress()));
    final RawTransaction raw =
        RawTransaction.createTransaction(
            chainId,
            BigInteger.valueOf(nonce),
            BigInteger.valueOf(gas),
            to,
            BigInteger.ZERO,
            FunctionEncoder.encode(function),
            fee,
            fee);
    return sink.submit(Bytes.wrap(TransactionEncoder.signMessage(raw, sender)));
  }

  /** The sending account, 0x-prefixed. */
  public String sender() {
    return sender.getAddress();
  }
}
