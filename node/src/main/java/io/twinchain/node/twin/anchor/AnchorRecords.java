/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin.anchor;

import io.twinchain.chain.storage.Column;
import io.twinchain.chain.storage.KeyValue;
import io.twinchain.chain.storage.KeyValueStore;
import io.twinchain.chain.storage.KeyValueTransaction;
import io.twinchain.twin.anchor.AnchorLeaf;
import io.twinchain.twin.anchor.MerkleTree;
import io.twinchain.twin.model.ThingId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Anchor records in the twin database's {@code TWIN_ANCHORS} column: {@code 'S' slot} → record, and
 * {@code 'L' thingId 0x00 revision} → slot, so a proof for a (thing, revision) is one lookup away.
 */
public final class AnchorRecords {

  private static final byte SLOT = 'S';
  private static final byte LEAF = 'L';

  private final KeyValueStore storage;

  public AnchorRecords(final KeyValueStore storage) {
    this.storage = storage;
  }

  /** Writes a record and, for a new one, the index of its leaves; durably, in one batch. */
  public void put(final AnchorRecord record, final boolean indexLeaves) {
    try (KeyValueTransaction transaction = storage.startTransaction()) {
      transaction.put(Column.TWIN_ANCHORS, slotKey(record.slot()), AnchorRecordJson.encode(record));
      if (indexLeaves) {
        for (final AnchorLeaf leaf : record.leaves()) {
          transaction.put(
              Column.TWIN_ANCHORS,
              leafKey(leaf.thingId(), leaf.revision()),
              ByteBuffer.allocate(8).putLong(record.slot()).array());
        }
      }
      transaction.commit();
    }
  }

  /** The record of {@code slot}. */
  public Optional<AnchorRecord> bySlot(final long slot) {
    return storage.get(Column.TWIN_ANCHORS, slotKey(slot)).map(AnchorRecordJson::decode);
  }

  /** The record whose tree holds {@code thingId} at {@code revision}. */
  public Optional<AnchorRecord> covering(final ThingId thingId, final long revision) {
    return storage
        .get(Column.TWIN_ANCHORS, leafKey(thingId, revision))
        .flatMap(slot -> bySlot(ByteBuffer.wrap(slot).getLong()));
  }

  /**
   * The inclusion proof of {@code thingId} at {@code revision} in the anchor covering it.
   *
   * @param gateway the anchoring account, reported with the proof
   */
  public Optional<AnchorProof> proof(
      final ThingId thingId, final long revision, final String gateway) {
    return covering(thingId, revision)
        .flatMap(
            record ->
                record.leaves().stream()
                    .filter(l -> l.thingId().equals(thingId) && l.revision() == revision)
                    .findFirst()
                    .flatMap(
                        leaf ->
                            new MerkleTree(record.leaves())
                                .proof(leaf)
                                .map(steps -> new AnchorProof(leaf, steps, record, gateway))));
  }

  /** Every record, in slot order. */
  public List<AnchorRecord> all() {
    return storage.scan(Column.TWIN_ANCHORS, new byte[] {SLOT}).stream()
        .map(KeyValue::value)
        .map(AnchorRecordJson::decode)
        .toList();
  }

  private static byte[] slotKey(final long slot) {
    return ByteBuffer.allocate(9).put(SLOT).putLong(slot).array();
  }

  private static byte[] leafKey(final ThingId thingId, final long revision) {
    final byte[] id = thingId.toString().getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(1 + id.length + 1 + 8)
        .put(LEAF)
        .put(id)
        .put((byte) 0)
        .putLong(revision)
        .array();
  }
}
