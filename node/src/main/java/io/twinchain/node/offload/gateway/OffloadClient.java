/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.gateway;

import io.twinchain.node.keys.NodeId;
import io.twinchain.node.offload.ModelRuntimes;
import io.twinchain.node.offload.wire.TailChunk;
import io.twinchain.node.offload.wire.TailRequest;
import io.twinchain.node.offload.wire.TailResponse;
import io.twinchain.node.p2p.RequestResponseChannel;
import io.twinchain.offload.link.ThroughputEstimator;
import io.twinchain.offload.link.Transfer;
import io.twinchain.offload.runtime.PartitionedModel;
import io.twinchain.offload.runtime.ThrottledExecutor;
import io.twinchain.offload.runtime.TimedResult;
import io.twinchain.offload.tensor.Tensor;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.tuweni.bytes.Bytes;

/**
 * The gateway side of one offloaded inference: runs the head (layers 1..l) on the batch, frames the
 * cut tensor, streams it to the AP over the P2P request channel in {@link TailChunk}s, each sent as
 * soon as the link model has paced it (so the real send of one chunk overlaps the pacing of the
 * next, and only the last chunk's own transfer follows the pacing), and returns the AP's output
 * with the three latency parts. A request of one chunk goes whole on {@link TailRequest#TOPIC}.
 * Every transfer also feeds a throughput estimator, whose estimate is the measured r_m(t) to report
 * for a real link.
 */
public final class OffloadClient {
  private final ModelRuntimes runtimes;
  private final RequestResponseChannel channel;
  private final LinkPacing pacing;
  private final ThroughputEstimator throughput;
  private final Duration timeout;
  private final Optional<ThrottledExecutor> heads;
  private final TailFlops tailFlops;
  private final AtomicLong transfers = new AtomicLong(new SecureRandom().nextLong());

  /**
   * A client whose heads run at this machine's full speed, on the calling thread.
   *
   * @param runtimes the models, for the heads
   * @param channel the node's P2P request channel
   * @param pacing the link model applied to transfers
   * @param throughput fed with every transfer
   * @param timeout longest wait for an AP's answer
   */
  public OffloadClient(
      final ModelRuntimes runtimes,
      final RequestResponseChannel channel,
      final LinkPacing pacing,
      final ThroughputEstimator throughput,
      final Duration timeout) {
    this(runtimes, channel, pacing, throughput, timeout, Optional.empty());
  }

  /**
   * A client whose heads run on {@code heads}, throttled to the gateway's modelled CPU (φ_G f_G
   * against an AP's φ_A f^max, assumption A-CTRL-LIVE-GATEWAY-THROTTLE); empty: full speed.
   */
  public OffloadClient(
      final ModelRuntimes runtimes,
      final RequestResponseChannel channel,
      final LinkPacing pacing,
      final ThroughputEstimator throughput,
      final Duration timeout,
      final Optional<ThrottledExecutor> heads) {
    this.runtimes = runtimes;
    this.channel = channel;
    this.pacing = pacing;
    this.throughput = throughput;
    this.timeout = timeout;
    this.heads = heads;
    this.tailFlops = new TailFlops(runtimes.zoo());
  }

  /**
   * Runs {@code input} (D samples in the first dimension) through the assigned split.
   *
   * @throws io.twinchain.node.offload.wire.TailRejectedException with the AP's typed error
   * @throws io.twinchain.offload.split.CutPointOutOfRangeException for a cut beyond the model
   * @throws ExecutionException if the request failed: peer not connected or gone, or no answer
   *     within the timeout ({@link java.util.concurrent.TimeoutException} as the cause)
   */
  public OffloadOutcome infer(final Assignment assignment, final Tensor input)
      throws ExecutionException, InterruptedException {
    final long start = System.nanoTime();
    final Tensor cut = runHead(runtimes.model(assignment.modelId()), assignment.cut(), input);
    final long headDone = System.nanoTime();
    final Bytes request = new TailRequest(assignment.modelId(), assignment.cut(), cut).encode();
    final Bytes answer = send(assignment.ap(), request);
    final long answered = System.nanoTime();
    final TimedResult<Tensor> tail = TailResponse.resultOf(answer);
    final long transfer = Math.max(1, answered - headDone - tail.wallNanos());
    throughput.record(new Transfer(request.size(), transfer));
    return new OffloadOutcome(
        assignment,
        tail.value(),
        request.size(),
        new LatencyParts(headDone - start, transfer, tail.wallNanos(), tail.busyNanos()));
  }

  /**
   * Runs {@code input} through the whole model on the gateway (cut L, no AP): the fallback when the
   * assigned AP has no inference share. The outcome's assignment carries cut L.
   */
  public OffloadOutcome inferLocally(final Assignment assignment, final Tensor input)
      throws ExecutionException, InterruptedException {
    final PartitionedModel model = runtimes.model(assignment.modelId());
    final int depth = model.layers().depth();
    final long start = System.nanoTime();
    final Tensor output = runHead(model, depth, input);
    return new OffloadOutcome(
        new Assignment(assignment.modelId(), depth, assignment.ap()),
        output,
        0,
        new LatencyParts(System.nanoTime() - start, 0, 0, 0));
  }

  /** Layers 1..{@code cut} on the gateway's (throttled) head executor, or here at full speed. */
  private Tensor runHead(final PartitionedModel model, final int cut, final Tensor input)
      throws ExecutionException, InterruptedException {
    if (heads.isEmpty()) {
      return model.runHead(cut, input);
    }
    try {
      return heads.get().submit(() -> model.runHead(cut, input)).get().value();
    } catch (final ExecutionException e) {
      // A head's own failure (a bad cut, a shape mismatch) surfaces as it would at full speed.
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw e;
    }
  }

  /** FLOPs the AP runs for one sample at the assignment's cut (layers l+1..L). */
  public long tailFlopsPerSample(final Assignment assignment) {
    return tailFlops.perSample(assignment.modelId(), assignment.cut());
  }

  private Bytes send(final NodeId ap, final Bytes request)
      throws ExecutionException, InterruptedException {
    pacing.startTransfer();
    if (request.size() <= TailChunk.CHUNK_BYTES) {
      pacing.pace(request.size());
      return channel.request(ap, TailRequest.TOPIC, request, timeout).get();
    }
    final List<CompletableFuture<Bytes>> answers = new ArrayList<>();
    for (final TailChunk chunk : TailChunk.split(transfers.incrementAndGet(), request)) {
      pacing.pace(chunk.data().size());
      answers.add(channel.request(ap, TailChunk.TOPIC, chunk.encode(), timeout));
    }
    // The AP acknowledges chunks with nothing; the one answer with content is the tail's (or the
    // error that stopped the transfer).
    for (final CompletableFuture<Bytes> answer : answers) {
      final Bytes content = answer.get();
      if (!content.isEmpty()) {
        return content;
      }
    }
    throw new ExecutionException(
        new IllegalStateException("the AP acknowledged every chunk but answered none"));
  }

  /** The link model. */
  public LinkPacing pacing() {
    return pacing;
  }

  /** The measured link rate r_m in bit/s, once a transfer of at least 4 KiB completed. */
  public Optional<Double> measuredBitsPerSecond() {
    return throughput.bitsPerSecond();
  }
}
