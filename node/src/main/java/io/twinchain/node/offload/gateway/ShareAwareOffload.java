/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.gateway;

import io.twinchain.node.controller.CompletedWork;
import io.twinchain.node.offload.wire.TailError;
import io.twinchain.node.offload.wire.TailRejectedException;
import io.twinchain.offload.tensor.Tensor;
import io.twinchain.twin.model.ThingId;
import java.nio.ByteBuffer;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.crypto.Hash;

/**
 * One twin's inference in a slot, sent only to an AP with an inference share: the completed AP work
 * is handed on to be receipted (tail FLOPs × samples, Keccak-256 of the output, the measured round
 * trip); without a share the gateway runs the whole model itself and nobody is credited.
 */
final class ShareAwareOffload {
  private final OffloadClient client;
  private final SlotLoopPorts ports;
  private final AtomicLong fallbacks = new AtomicLong();

  ShareAwareOffload(final OffloadClient client, final SlotLoopPorts ports) {
    this.client = client;
    this.ports = ports;
  }

  /**
   * Offloads to the assigned AP if it has an inference share in {@code slot}, and hands the
   * completed AP work on for its receipt; else, or if the AP refuses for want of a share (its
   * decision can change before the gateway's does), runs the whole model here. Assumption
   * A-CTRL-LIVE-NO-SHARE-FALLBACK.
   */
  OffloadOutcome run(
      final long slot, final ThingId thingId, final Assignment assignment, final Tensor batch)
      throws ExecutionException, InterruptedException {
    if (ports.shares().serves(assignment.ap(), slot)) {
      try {
        final OffloadOutcome outcome = client.infer(assignment, batch);
        ports.work().accept(completedWork(slot, thingId, batch, outcome));
        return outcome;
      } catch (final TailRejectedException e) {
        if (e.error() != TailError.NO_INFERENCE_SHARE) {
          throw e;
        }
      }
    }
    fallbacks.incrementAndGet();
    return client.inferLocally(assignment, batch);
  }

  private CompletedWork completedWork(
      final long slot, final ThingId thingId, final Tensor batch, final OffloadOutcome out) {
    final Assignment assignment = out.assignment();
    final long samples = batch.shape()[0];
    return new CompletedWork(
        thingId.toString(),
        slot,
        assignment.ap().address(),
        assignment.cut(),
        client.tailFlopsPerSample(assignment) * samples,
        Bytes32.wrap(Hash.sha3(bytesOf(out.output()))),
        TimeUnit.NANOSECONDS.toMicros(out.latency().totalNanos()));
  }

  /** The tensor's raw bytes, as hashed into the receipt's result hash. */
  static byte[] bytesOf(final Tensor tensor) {
    final ByteBuffer data = tensor.data().duplicate();
    data.rewind();
    final byte[] bytes = new byte[data.remaining()];
    data.get(bytes);
    return bytes;
  }

  /** Inferences run wholly on the gateway for want of an AP share. */
  long fallbacks() {
    return fallbacks.get();
  }
}
