/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.wire;

import io.twinchain.offload.runtime.TimedResult;
import io.twinchain.offload.tensor.MalformedFrameException;
import io.twinchain.offload.tensor.Tensor;
import io.twinchain.offload.tensor.TensorFrameCodec;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.apache.tuweni.bytes.Bytes;

/**
 * An AP's answer to a {@link TailRequest}: the model output with the tail's timing, or a typed
 * error. Wire form (little-endian): status u8 (0 = completed, else 1 + {@link TailError} ordinal);
 * completed: busy ns i64, wall ns i64, share f64, output tensor frame; failed: UTF-8 detail.
 */
public sealed interface TailResponse {

  /** The AP ran the tail. */
  record Completed(TimedResult<Tensor> result) implements TailResponse {}

  /** The AP refused or failed the request. */
  record Failed(TailError error, String detail) implements TailResponse {}

  /** The wire form. */
  default Bytes encode() {
    return switch (this) {
      case Completed completed -> encodeCompleted(completed.result());
      case Failed failed -> {
        final byte[] detail = failed.detail().getBytes(StandardCharsets.UTF_8);
        yield Bytes.concatenate(Bytes.of(1 + failed.error().ordinal()), Bytes.wrap(detail));
      }
    };
  }

  private static Bytes encodeCompleted(final TimedResult<Tensor> result) {
    final ByteBuffer frame = TensorFrameCodec.encodeContiguous(result.value());
    final ByteBuffer out =
        ByteBuffer.allocate(25 + frame.remaining()).order(ByteOrder.LITTLE_ENDIAN);
    out.put((byte) 0).putLong(result.busyNanos()).putLong(result.wallNanos());
    out.putDouble(result.share()).put(frame);
    return Bytes.wrap(out.array());
  }

  /**
   * Reads a response. Throws {@link TailRejectedException} with the AP's error, or with {@link
   * TailError#MALFORMED_REQUEST}/{@link TailError#MALFORMED_FRAME} if the answer itself is
   * unreadable.
   */
  static TailResponse decode(final Bytes payload) {
    if (payload.isEmpty()) {
      throw new TailRejectedException(TailError.MALFORMED_REQUEST, "empty response");
    }
    final int status = payload.get(0) & 0xFF;
    if (status != 0) {
      final TailError error =
          TailError.ofCode(status - 1)
              .orElseThrow(
                  () ->
                      new TailRejectedException(
                          TailError.MALFORMED_REQUEST, "unknown status " + status));
      return new Failed(
          error, new String(payload.slice(1).toArrayUnsafe(), StandardCharsets.UTF_8));
    }
    final ByteBuffer in = TailRequest.direct(payload);
    if (in.remaining() < 25) {
      throw new TailRejectedException(TailError.MALFORMED_REQUEST, "truncated response");
    }
    in.position(1);
    final long busy = in.getLong();
    final long wall = in.getLong();
    final double share = in.getDouble();
    try {
      return new Completed(
          new TimedResult<>(TensorFrameCodec.decode(in.slice()), busy, wall, share));
    } catch (final MalformedFrameException e) {
      throw new TailRejectedException(TailError.MALFORMED_FRAME, e.getMessage());
    }
  }

  /** The completed result of {@code payload}, or the AP's error thrown. */
  static TimedResult<Tensor> resultOf(final Bytes payload) {
    return switch (decode(payload)) {
      case Completed completed -> completed.result();
      case Failed failed -> throw new TailRejectedException(failed.error(), failed.detail());
    };
  }
}
