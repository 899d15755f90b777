/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.wire;

import io.twinchain.offload.tensor.MalformedFrameException;
import io.twinchain.offload.tensor.Tensor;
import io.twinchain.offload.tensor.TensorFrameCodec;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tuweni.bytes.Bytes;

/**
 * A gateway's request to run the tail of {@code modelId} after partition point {@code cut} on the
 * cut tensor {@code input}. Wire form (little-endian): version u8 = 1, model id length u8, model id
 * UTF-8, cut u16, then the tensor frame ({@link TensorFrameCodec}).
 *
 * @param modelId the zoo model
 * @param cut the partition point l
 * @param input the cut tensor (the head's output), D samples in its first dimension
 */
public record TailRequest(String modelId, int cut, Tensor input) {

  /** The request/response topic APs serve. */
  public static final String TOPIC = "offload/tail";

  static final int VERSION = 1;
  private static final int MAX_MODEL_ID = 255;

  /** Validates the envelope fields. */
  public TailRequest {
    if (modelId.isEmpty() || modelId.getBytes(StandardCharsets.UTF_8).length > MAX_MODEL_ID) {
      throw new IllegalArgumentException("model id must have 1..255 UTF-8 bytes: " + modelId);
    }
    if (cut < 0 || cut > 0xFFFF) {
      throw new IllegalArgumentException("cut must fit 0..65535, was " + cut);
    }
  }

  /** The wire form; the tensor payload is copied once into the P2P message. */
  public Bytes encode() {
    final byte[] id = modelId.getBytes(StandardCharsets.UTF_8);
    final ByteBuffer frame = TensorFrameCodec.encodeContiguous(input);
    final ByteBuffer out =
        ByteBuffer.allocate(4 + id.length + frame.remaining()).order(ByteOrder.LITTLE_ENDIAN);
    out.put((byte) VERSION).put((byte) id.length).put(id).putShort((short) cut).put(frame);
    return Bytes.wrap(out.array());
  }

  /**
   * Reads a request; the tensor is a view of a direct copy of {@code payload}.
   *
   * @throws TailRejectedException with {@link TailError#MALFORMED_REQUEST} or {@link
   *     TailError#MALFORMED_FRAME}
   */
  public static TailRequest decode(final Bytes payload) {
    return decode(direct(payload));
  }

  /**
   * Reads a request from a little-endian direct buffer (e.g. reassembled chunks); the tensor is a
   * view of {@code in}.
   *
   * @throws TailRejectedException with {@link TailError#MALFORMED_REQUEST} or {@link
   *     TailError#MALFORMED_FRAME}
   */
  public static TailRequest decode(final ByteBuffer in) {
    if (in.remaining() < 2 || (in.get() & 0xFF) != VERSION) {
      throw new TailRejectedException(TailError.MALFORMED_REQUEST, "missing or unknown version");
    }
    final int idLength = in.get() & 0xFF;
    if (idLength == 0 || in.remaining() < idLength + 2) {
      throw new TailRejectedException(TailError.MALFORMED_REQUEST, "truncated envelope");
    }
    final String modelId = utf8(in.slice(in.position(), idLength));
    in.position(in.position() + idLength);
    final int cut = Short.toUnsignedInt(in.getShort());
    try {
      return new TailRequest(modelId, cut, TensorFrameCodec.decode(in.slice()));
    } catch (final MalformedFrameException e) {
      throw new TailRejectedException(TailError.MALFORMED_FRAME, e.getMessage());
    }
  }

  /**
   * The message's bytes in a direct buffer: ONNX Runtime reads tensors only from direct buffers,
   * and the P2P layer hands over a heap array, so this is the one copy on the receiving side.
   */
  static ByteBuffer direct(final Bytes payload) {
    final ByteBuffer buffer = ByteBuffer.allocateDirect(payload.size());
    buffer.put(payload.toArrayUnsafe()).flip();
    return buffer.order(ByteOrder.LITTLE_ENDIAN);
  }

  private static String utf8(final ByteBuffer bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(bytes)
          .toString();
    } catch (final CharacterCodingException e) {
      throw new TailRejectedException(TailError.MALFORMED_REQUEST, "model id is not UTF-8");
    }
  }
}
