/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

import io.twinchain.twin.events.CommandRejection;
import io.twinchain.twin.events.CommandResult;
import io.twinchain.twin.events.EventStrategies;
import io.twinchain.twin.events.FeatureDesiredPropertiesModified;
import io.twinchain.twin.events.TwinCommandHandler;
import io.twinchain.twin.events.TwinEvent;
import io.twinchain.twin.model.MessageId;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.model.commands.TwinCommand;
import io.twinchain.twin.store.TwinStore;
import io.twinchain.twin.store.TwinWriteBatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state of one group commit being assembled: the write batch, the things as the batch leaves
 * them, the message ids already used, and which things need a delta or desired publish afterwards.
 */
final class BatchContext {

  private record Applied(ThingId thingId, MessageId messageId) {}

  private final TwinStore store;
  private final Instant now;
  private final TwinWriteBatch batch = new TwinWriteBatch();
  private final Set<Applied> applied = new HashSet<>();
  private final Map<ThingId, Long> deltaVersionsBefore = new HashMap<>();
  private final Set<ThingId> desiredChanged = new HashSet<>();

  BatchContext(final TwinStore store, final Instant now) {
    this.store = store;
    this.now = now;
  }

  Optional<Thing> current(final ThingId thingId) {
    return batch.latest(thingId).or(() -> store.get(thingId));
  }

  boolean alreadyApplied(final ThingId thingId, final MessageId messageId) {
    return applied.contains(new Applied(thingId, messageId))
        || store.revisionOf(thingId, messageId).isPresent();
  }

  /**
   * Applies all {@code commands} of one message, or none of them.
   *
   * @return the rejection of the first refused command, if any
   */
  Optional<CommandRejection> applyAll(final List<TwinCommand> commands, final MessageId messageId) {
    final List<TwinWriteBatch.Entry> entries = new ArrayList<>();
    final Map<ThingId, Optional<Thing>> states = new HashMap<>();
    for (TwinCommand command : commands) {
      final Optional<Thing> before = states.computeIfAbsent(command.thingId(), this::current);
      final CommandResult result = TwinCommandHandler.handle(before, command, messageId, now);
      if (result instanceof CommandResult.Rejected rejected) {
        return Optional.of(rejected.rejection());
      }
      final TwinEvent event = ((CommandResult.Accepted) result).event();
      final Thing after = EventStrategies.apply(before, event);
      states.put(command.thingId(), Optional.of(after));
      entries.add(new TwinWriteBatch.Entry(event, after));
    }
    entries.forEach(this::record);
    return Optional.empty();
  }

  private void record(final TwinWriteBatch.Entry entry) {
    final ThingId thingId = entry.after().thingId();
    final long before = current(thingId).map(Thing::deltaVersion).orElse(0L);
    deltaVersionsBefore.putIfAbsent(thingId, before);
    if (entry.event() instanceof FeatureDesiredPropertiesModified) {
      desiredChanged.add(thingId);
    }
    applied.add(new Applied(thingId, entry.event().metadata().messageId()));
    batch.add(entry.event(), entry.after());
  }

  TwinWriteBatch batch() {
    return batch;
  }

  /** Things whose delta changed in this batch, as the batch leaves them. */
  List<Thing> deltaChanged() {
    return batch.latest().values().stream()
        .filter(thing -> thing.deltaVersion() != deltaVersionsBefore.get(thing.thingId()))
        .toList();
  }

  /** Things whose desired properties changed in this batch. */
  List<Thing> desiredChanged() {
    return batch.latest().values().stream()
        .filter(thing -> desiredChanged.contains(thing.thingId()))
        .toList();
  }
}
