/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin;

import io.twinchain.twin.events.TwinEvent;
import io.twinchain.twin.model.MessageId;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.store.TwinStore;
import io.twinchain.twin.store.TwinWriteBatch;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link TwinStore} that tells listeners about every batch once it is durable: anchoring collects
 * the changed twins, subscriptions push them. Listeners run on the ingestion's writer lanes
 * (several at once, each with its own twins) and must be quick; one failing listener does not
 * affect the commit or the others.
 */
public final class ObservedTwinStore implements TwinStore {
  private static final Logger LOG = LoggerFactory.getLogger(ObservedTwinStore.class);

  private final TwinStore delegate;
  private final List<Consumer<TwinWriteBatch>> listeners = new CopyOnWriteArrayList<>();

  public ObservedTwinStore(final TwinStore delegate) {
    this.delegate = delegate;
  }

  /** Calls {@code listener} after each durable commit. */
  public void onCommitted(final Consumer<TwinWriteBatch> listener) {
    listeners.add(listener);
  }

  @Override
  public void commit(final TwinWriteBatch batch) {
    delegate.commit(batch);
    for (final Consumer<TwinWriteBatch> listener : listeners) {
      try {
        listener.accept(batch);
      } catch (RuntimeException e) {
        LOG.warn("twin commit listener failed", e);
      }
    }
  }

  @Override
  public Optional<Thing> get(final ThingId thingId) {
    return delegate.get(thingId);
  }

  @Override
  public Optional<Thing> getAtRevision(final ThingId thingId, final long revision) {
    return delegate.getAtRevision(thingId, revision);
  }

  @Override
  public Optional<Thing> getAtTimestamp(final ThingId thingId, final Instant timestamp) {
    return delegate.getAtTimestamp(thingId, timestamp);
  }

  @Override
  public List<Thing> list(final String thingIdPrefix) {
    return delegate.list(thingIdPrefix);
  }

  @Override
  public List<TwinEvent> history(final ThingId thingId, final long from, final long to) {
    return delegate.history(thingId, from, to);
  }

  @Override
  public Optional<Long> revisionOf(final ThingId thingId, final MessageId messageId) {
    return delegate.revisionOf(thingId, messageId);
  }
}
