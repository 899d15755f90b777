/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.rpc;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.execution.CallRequest;
import io.twinchain.chain.execution.CallResult;
import io.twinchain.chain.execution.GasEstimator;
import io.twinchain.chain.json.ReceiptJson;
import io.twinchain.chain.state.MissingStateException;
import io.twinchain.chain.state.MutableWorldState;
import io.twinchain.chain.state.WorldStateArchive;
import io.twinchain.node.rpc.query.BlockchainQueries;
import io.twinchain.node.rpc.query.MinedBlock;
import io.twinchain.node.rpc.query.MinedTransaction;
import java.util.Optional;
import java.util.function.Function;
import org.apache.tuweni.bytes.Bytes32;

/**
 * The baseline: the node's queries, except that every state read opens the block's libevm state
 * afresh, as {@code eth_getBalance} did before the head-state cache.
 */
final class UncachedStateQueries implements BlockchainQueries {

  private final BlockchainQueries cached;
  private final WorldStateArchive archive;

  UncachedStateQueries(final BlockchainQueries cached, final WorldStateArchive archive) {
    this.cached = cached;
    this.archive = archive;
  }

  @Override
  public <T> Optional<T> readState(final long number, final Function<MutableWorldState, T> reader) {
    return cached
        .canonicalHeader(number)
        .map(
            header -> {
              try (MutableWorldState state = archive.open(header.stateRoot())) {
                return reader.apply(state);
              } catch (MissingStateException e) {
                throw new IllegalStateException(e);
              }
            });
  }

  @Override
  public long headNumber() {
    return cached.headNumber();
  }

  @Override
  public Optional<BlockHeader> canonicalHeader(final long number) {
    return cached.canonicalHeader(number);
  }

  @Override
  public Optional<BlockHeader> header(final Bytes32 hash) {
    return cached.header(hash);
  }

  @Override
  public Optional<MinedBlock> block(final Bytes32 hash) {
    return cached.block(hash);
  }

  @Override
  public Optional<ReceiptJson.Facts> receipt(final Bytes32 transactionHash) {
    return cached.receipt(transactionHash);
  }

  @Override
  public Optional<MinedTransaction> transaction(final Bytes32 transactionHash) {
    return cached.transaction(transactionHash);
  }

  @Override
  public Optional<CallResult> call(final long number, final CallRequest request) {
    return cached.call(number, request);
  }

  @Override
  public Optional<GasEstimator.Estimate> estimateGas(final long number, final CallRequest request) {
    return cached.estimateGas(number, request);
  }
}
