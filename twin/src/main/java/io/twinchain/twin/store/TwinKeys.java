/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.store;

import io.twinchain.twin.model.MessageId;
import io.twinchain.twin.model.ThingId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Key layouts of the twin columns. A thing id never contains byte 0, so {@code thingId 0x00} is a
 * prefix that no other thing's keys share; revisions are big-endian so keys sort by revision.
 */
final class TwinKeys {

  private TwinKeys() {}

  /** {@code thingId} (TWIN_INDEX: current state). */
  static byte[] thing(final ThingId thingId) {
    return thingId.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** {@code thingId 0x00}: prefix of a thing's events, snapshots and message ids. */
  static byte[] prefix(final ThingId thingId) {
    final byte[] id = thing(thingId);
    return ByteBuffer.allocate(id.length + 1).put(id).put((byte) 0).array();
  }

  /** {@code thingId 0x00 revision} (TWIN_EVENTS and TWIN_SNAPSHOTS). */
  static byte[] revision(final ThingId thingId, final long revision) {
    final byte[] prefix = prefix(thingId);
    return ByteBuffer.allocate(prefix.length + Long.BYTES).put(prefix).putLong(revision).array();
  }

  /** {@code thingId 0x00 messageId} (TWIN_MESSAGE_IDS). */
  static byte[] message(final ThingId thingId, final MessageId messageId) {
    final byte[] prefix = prefix(thingId);
    final byte[] id = messageId.value().getBytes(StandardCharsets.US_ASCII);
    return ByteBuffer.allocate(prefix.length + id.length).put(prefix).put(id).array();
  }

  /** An 8-byte big-endian revision value. */
  static byte[] longValue(final long value) {
    return ByteBuffer.allocate(Long.BYTES).putLong(value).array();
  }

  /** Reads an 8-byte big-endian value. */
  static long readLong(final byte[] value) {
    return ByteBuffer.wrap(value).getLong();
  }
}
