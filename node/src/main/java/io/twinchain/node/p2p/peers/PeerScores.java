/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p.peers;

import io.twinchain.node.keys.NodeId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-node misbehaviour scores that outlive single connections. A node whose score falls to {@link
 * #BAN_THRESHOLD} is banned for a while; the score is reset when the ban ends.
 */
public final class PeerScores {

  /** Score at or below which a node is banned. */
  public static final int BAN_THRESHOLD = -100;

  /** How much each kind of misbehaviour costs. */
  public enum Penalty {
    /** An undecodable frame or body: the connection is also dropped. */
    MALFORMED_MESSAGE(50),
    /** A well-formed message that failed validation (e.g. an invalid block). */
    INVALID_MESSAGE(10),
    /** A protocol violation such as a second STATUS. */
    PROTOCOL_BREACH(50);

    private final int cost;

    Penalty(final int cost) {
      this.cost = cost;
    }
  }

  private record Entry(int score, Instant bannedUntil) {}

  private final Clock clock;
  private final Duration banDuration;
  private final Map<NodeId, Entry> entries = new ConcurrentHashMap<>();

  public PeerScores(final Clock clock, final Duration banDuration) {
    this.clock = clock;
    this.banDuration = banDuration;
  }

  /** Lowers {@code id}'s score; returns whether it is now banned. */
  public boolean penalize(final NodeId id, final Penalty penalty) {
    final Entry entry =
        entries.compute(
            id,
            (key, old) -> {
              final int score = (old == null ? 0 : old.score()) - penalty.cost;
              final Instant until =
                  score <= BAN_THRESHOLD ? clock.instant().plus(banDuration) : Instant.MIN;
              return new Entry(score, until);
            });
    return entry.bannedUntil().isAfter(clock.instant());
  }

  public boolean isBanned(final NodeId id) {
    final Entry entry = entries.get(id);
    if (entry == null || entry.bannedUntil().equals(Instant.MIN)) {
      return false;
    }
    if (entry.bannedUntil().isAfter(clock.instant())) {
      return true;
    }
    entries.remove(id, entry);
    return false;
  }

  public int score(final NodeId id) {
    final Entry entry = entries.get(id);
    return entry == null ? 0 : entry.score();
  }
}
