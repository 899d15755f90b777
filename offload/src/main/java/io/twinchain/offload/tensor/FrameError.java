/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.tensor;

/** Why a tensor frame was rejected. */
public enum FrameError {
  /** Fewer bytes than the fixed header, or than the header with its dimensions. */
  TRUNCATED_HEADER,
  /** The first four bytes are not {@code "TCTF"}. */
  BAD_MAGIC,
  /** A frame version this node does not read. */
  UNSUPPORTED_VERSION,
  /** An element type code outside {@link DType}. */
  UNKNOWN_DTYPE,
  /** More dimensions than {@link TensorFrameCodec#MAX_RANK}. */
  RANK_TOO_LARGE,
  /** The reserved flags byte is not zero. */
  RESERVED_BITS_SET,
  /** A negative dimension. */
  NEGATIVE_DIMENSION,
  /** The shape's element count times the element size overflows, or exceeds the size limit. */
  TOO_LARGE,
  /** The declared payload length differs from shape × element size. */
  LENGTH_MISMATCH,
  /** Fewer payload bytes than declared. */
  TRUNCATED_PAYLOAD,
  /** Bytes after the declared payload. */
  TRAILING_BYTES
}
