/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.query;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.Receipt;
import io.twinchain.chain.execution.AncestorHashes;
import io.twinchain.chain.execution.BlockContext;
import io.twinchain.chain.execution.CallRequest;
import io.twinchain.chain.execution.CallResult;
import io.twinchain.chain.execution.GasEstimator;
import io.twinchain.chain.execution.ReadOnlyCalls;
import io.twinchain.chain.json.ReceiptJson;
import io.twinchain.chain.json.TransactionJson;
import io.twinchain.chain.state.MissingStateException;
import io.twinchain.chain.state.MutableWorldState;
import io.twinchain.chain.store.Blockchain;
import io.twinchain.chain.transaction.SignedTransactionDecoder;
import io.twinchain.chain.transaction.Transaction;
import java.math.BigInteger;
import java.util.Optional;
import java.util.function.Function;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.abi.datatypes.Address;
import org.web3j.crypto.ContractUtils;

/**
 * Adapts the chain module's {@link Blockchain}, world states and read-only calls to the RPC query
 * port; the head's state is read through a {@link HeadStateCache}.
 */
public final class LedgerQueries implements BlockchainQueries {

  private final Blockchain blockchain;
  private final StoredBlocks blocks;
  private final HeadStateCache headState;
  private final ReadOnlyCalls calls;
  private final long chainId;

  /**
   * Queries over {@code blockchain}, whose head state {@code headState} caches; stored blocks are
   * decoded with {@code decoder} (the node's, which remembers senders it recovered already).
   */
  public LedgerQueries(
      final Blockchain blockchain,
      final HeadStateCache headState,
      final ReadOnlyCalls calls,
      final SignedTransactionDecoder decoder) {
    this.blockchain = blockchain;
    this.blocks = new StoredBlocks(blockchain, decoder);
    this.headState = headState;
    this.calls = calls;
    this.chainId = decoder.chainId();
  }

  @Override
  public long headNumber() {
    return headState.head().number();
  }

  @Override
  public Optional<BlockHeader> canonicalHeader(final long number) {
    final BlockHeader head = headState.head();
    return number == head.number() ? Optional.of(head) : blockchain.canonicalHeader(number);
  }

  @Override
  public Optional<BlockHeader> header(final Bytes32 hash) {
    return blockchain.header(hash);
  }

  @Override
  public Optional<MinedBlock> block(final Bytes32 hash) {
    return blocks.block(hash);
  }

  @Override
  public Optional<MinedTransaction> transaction(final Bytes32 transactionHash) {
    return blocks.location(transactionHash).map(blocks::transaction);
  }

  @Override
  public Optional<ReceiptJson.Facts> receipt(final Bytes32 transactionHash) {
    return blocks.location(transactionHash).map(this::receipt);
  }

  private ReceiptJson.Facts receipt(final StoredBlocks.Location location) {
    final MinedBlock block = location.block();
    final int index = location.index();
    final Transaction transaction = block.transactions().get(index);
    final Receipt receipt = block.receipts().get(index);
    int firstLogIndex = 0;
    for (int i = 0; i < index; i++) {
      firstLogIndex += block.receipts().get(i).logs().size();
    }
    final long previous = index == 0 ? 0 : block.receipts().get(index - 1).cumulativeGasUsed();
    return new ReceiptJson.Facts(
        transaction,
        receipt,
        new TransactionJson.Position(block.header().hash(), block.header().number(), index),
        receipt.cumulativeGasUsed() - previous,
        transaction.isContractCreation() && receipt.success()
            ? Optional.of(createdAt(transaction))
            : Optional.empty(),
        firstLogIndex,
        Optional.empty());
  }

  private static Address createdAt(final Transaction transaction) {
    return new Address(
        Bytes.wrap(
                ContractUtils.generateContractAddress(
                    Bytes.fromHexString(transaction.sender().getValue()).toArrayUnsafe(),
                    BigInteger.valueOf(transaction.nonce())))
            .toHexString());
  }

  @Override
  public <T> Optional<T> readState(final long number, final Function<MutableWorldState, T> reader) {
    return canonicalHeader(number)
        .map(
            header -> {
              try {
                return headState.read(header, reader);
              } catch (MissingStateException e) {
                throw new IllegalStateException(
                    "state of canonical block " + number + " is missing", e);
              }
            });
  }

  @Override
  public Optional<CallResult> call(final long number, final CallRequest request) {
    return canonicalHeader(number).map(header -> run(header, request));
  }

  @Override
  public Optional<GasEstimator.Estimate> estimateGas(final long number, final CallRequest request) {
    return canonicalHeader(number)
        .map(
            header -> {
              try {
                return GasEstimator.estimate(request, gas -> run(header, request.withGas(gas)));
              } catch (MissingStateException e) {
                throw new IllegalStateException("state of block " + number + " is missing", e);
              }
            });
  }

  private CallResult run(final BlockHeader header, final CallRequest request) {
    try {
      return calls.call(
          header.stateRoot(),
          BlockContext.of(chainId, header, new AncestorHashes(blockchain, header)),
          request);
    } catch (MissingStateException e) {
      throw new IllegalStateException("state of block " + header.number() + " is missing", e);
    }
  }
}
