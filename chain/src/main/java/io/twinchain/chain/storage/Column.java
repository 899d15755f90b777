/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.storage;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every column family of the node's RocksDB database, with a stable numeric id. The id, not the
 * enum name or ordinal, names the column family on disk, so entries may be renamed or reordered
 * freely. Never reuse an id: retired ids stay listed in the comment below.
 *
 * <p>Retired ids: none yet.
 */
public enum Column {
  /** Block hash → RLP block header. */
  BLOCK_HEADERS(1),
  /** Block hash → RLP block body (the transactions). */
  BLOCK_BODIES(2),
  /** Block hash → RLP list of the block's receipts. */
  RECEIPTS(3),
  /** Block number (8 bytes big-endian) → hash of the canonical block at that height. */
  CANONICAL_INDEX(4),
  /** Transaction hash → block hash and index of the canonical block holding it. */
  TRANSACTION_INDEX(5),
  /** Named chain metadata: schema version, head hash, genesis hash. */
  CHAIN_METADATA(6),
  /** Block hash → cumulative work (sum of difficulties from genesis), 32 bytes. */
  TOTAL_WORK(7),
  /** Reserved for the twin store: event-sourced twin history. */
  TWIN_EVENTS(16),
  /** Reserved for the twin store: periodic twin snapshots. */
  TWIN_SNAPSHOTS(17),
  /** Reserved for the twin store: secondary indices over twins. */
  TWIN_INDEX(18),
  /** Reserved for the twin store: ids of MQTT messages already applied (deduplication). */
  TWIN_MESSAGE_IDS(19),
  /** A gateway's twin anchors: slot → anchored leaves and where the anchor was mined. */
  TWIN_ANCHORS(20),
  /** Last {@code twin_setDesired} nonce per operator account (replay protection). */
  TWIN_OPERATOR_NONCES(21);

  private final int id;

  Column(final int id) {
    this.id = id;
  }

  /** The stable id; also the column family's name on disk. */
  public int id() {
    return id;
  }

  /** The column family name used by RocksDB, derived from the stable id. */
  public byte[] familyName() {
    return ("c" + id).getBytes(StandardCharsets.US_ASCII);
  }

  /** The column with this stable id, if any. */
  public static Optional<Column> byId(final int id) {
    return Arrays.stream(values()).filter(column -> column.id == id).findFirst();
  }
}
