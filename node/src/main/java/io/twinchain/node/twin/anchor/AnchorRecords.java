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
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/**
 * Anchor records in the twin database's {@code TWIN_ANCHORS} column: {@code 'S' slot} → record, and
 * {@code 'L' thingId 0x00 revision} → slot, so a proof for a (thing, revision) is one lookup away,
 * and {@code 'T' transactionHash} → the signed anchor transaction.
 */
public final class AnchorRecords {

  private static final byte SLOT = 'S';
  private static final byte LEAF = 'L';
  private static final byte TRANSACTION = 'T';

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

  /** Keeps the signed envelope of an anchor transaction, durably, to re-submit it after a reorg. */
  public void putTransaction(final Bytes32 hash, final Bytes envelope) {
    try (KeyValueTransaction transaction = storage.startTransaction()) {
      transaction.put(Column.TWIN_ANCHORS, transactionKey(hash), envelope.toArrayUnsafe());
      transaction.commit();
    }
  }

  /** The signed envelope of anchor transaction {@code hash}. */
  public Optional<Bytes> transaction(final Bytes32 hash) {
    return storage.get(Column.TWIN_ANCHORS, transactionKey(hash)).map(Bytes::wrap);
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

  private static byte[] transactionKey(final Bytes32 hash) {
    return Bytes.concatenate(Bytes.of(TRANSACTION), hash).toArrayUnsafe();
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
