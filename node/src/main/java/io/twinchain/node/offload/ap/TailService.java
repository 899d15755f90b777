/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.ap;

import io.twinchain.node.keys.NodeId;
import io.twinchain.node.offload.ModelRuntimes;
import io.twinchain.node.offload.wire.TailChunk;
import io.twinchain.node.offload.wire.TailError;
import io.twinchain.node.offload.wire.TailRejectedException;
import io.twinchain.node.offload.wire.TailRequest;
import io.twinchain.node.offload.wire.TailResponse;
import io.twinchain.node.p2p.RequestResponseChannel;
import io.twinchain.offload.runtime.NoInferenceShareException;
import io.twinchain.offload.runtime.PartitionedModel;
import io.twinchain.offload.runtime.ThrottledExecutor;
import io.twinchain.offload.runtime.TimedResult;
import io.twinchain.offload.split.CutPointOutOfRangeException;
import io.twinchain.offload.tensor.ShapeMismatchException;
import io.twinchain.offload.zoo.UnknownModelException;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.tuweni.bytes.Bytes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AP side of the execution path: serves {@link TailRequest#TOPIC}, runs the tail of the asked
 * model after the asked cut under the AP's inference share f^I ({@link ThrottledExecutor}), and
 * answers with the output and its timing. A large request may come streamed in {@link TailChunk}s
 * ({@link ChunkAssembler}); the chunk completing it gets the answer. Every bad request gets a
 * {@link TailResponse.Failed} with its {@link TailError}; nothing a gateway sends stops the
 * service.
 */
public final class TailService implements RequestResponseChannel.RequestHandler, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(TailService.class);

  private final ModelRuntimes runtimes;
  private final ThrottledExecutor executor;
  private final ChunkAssembler chunks = new ChunkAssembler();

  /** Serves tails of {@code runtimes}' models on {@code executor}. */
  public TailService(final ModelRuntimes runtimes, final ThrottledExecutor executor) {
    this.runtimes = runtimes;
    this.executor = executor;
  }

  /** Registers the service on {@code channel}, for whole and for streamed requests. */
  public void register(final RequestResponseChannel channel) {
    channel.register(TailRequest.TOPIC, this);
    channel.register(TailChunk.TOPIC, this::handleChunk);
  }

  /**
   * Sets the inference share s = f^I / f^max ∈ [0, 1] for tails starting from now (the controller's
   * per-slot decision).
   */
  public void setInferenceShare(final double share) {
    executor.setShare(share);
  }

  /** The current inference share. */
  public double inferenceShare() {
    return executor.share();
  }

  @Override
  public CompletableFuture<Bytes> handle(final NodeId from, final Bytes payload) {
    try {
      return run(from, TailRequest.decode(payload));
    } catch (final RuntimeException e) {
      return CompletableFuture.completedFuture(failure(from, e).encode());
    }
  }

  /**
   * Serves one {@link TailChunk}: an empty acknowledgement until the request is complete, then the
   * tail's answer.
   */
  public CompletableFuture<Bytes> handleChunk(final NodeId from, final Bytes payload) {
    try {
      final Optional<ByteBuffer> request = chunks.accept(from, TailChunk.decode(payload));
      return request.isEmpty()
          ? CompletableFuture.completedFuture(Bytes.EMPTY)
          : run(from, TailRequest.decode(request.get()));
    } catch (final RuntimeException e) {
      return CompletableFuture.completedFuture(failure(from, e).encode());
    }
  }

  private CompletableFuture<Bytes> run(final NodeId from, final TailRequest request) {
    final PartitionedModel model = runtimes.model(request.modelId());
    final int depth = model.layers().depth();
    if (request.cut() > depth) {
      throw new CutPointOutOfRangeException(request.cut(), depth);
    }
    if (request.cut() == depth) {
      // Cut L: the gateway ran every layer, the tail is empty and needs no inference share.
      return CompletableFuture.completedFuture(
          new TailResponse.Completed(new TimedResult<>(request.input(), 0, 0, 0)).encode());
    }
    return executor
        .submit(() -> model.runTail(request.cut(), request.input()))
        .handle(
            (result, error) ->
                error == null
                    ? new TailResponse.Completed(result).encode()
                    : failure(from, error).encode());
  }

  private static TailResponse.Failed failure(final NodeId from, final Throwable thrown) {
    final Throwable cause =
        thrown instanceof CompletionException && thrown.getCause() != null
            ? thrown.getCause()
            : thrown;
    final TailResponse.Failed failed = new TailResponse.Failed(errorOf(cause), describe(cause));
    LOG.info("Refused a tail request from {}: {}", from.shortId(), failed);
    return failed;
  }

  private static TailError errorOf(final Throwable cause) {
    return switch (cause) {
      case TailRejectedException rejected -> rejected.error();
      case UnknownModelException unknown -> TailError.UNKNOWN_MODEL;
      case CutPointOutOfRangeException range -> TailError.CUT_OUT_OF_RANGE;
      case ShapeMismatchException shape -> TailError.SHAPE_MISMATCH;
      case NoInferenceShareException none -> TailError.NO_INFERENCE_SHARE;
      default -> TailError.INFERENCE_FAILED;
    };
  }

  private static String describe(final Throwable cause) {
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  @Override
  public void close() {
    executor.close();
  }
}
