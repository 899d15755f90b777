/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

import io.twinchain.twin.model.MessageId;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.model.commands.TwinCommand;
import java.util.concurrent.CompletableFuture;

/** What the twin writer processes: device publishes and operator commands, in arrival order. */
sealed interface Work {

  /** Gives up on this work after a storage failure. */
  void fail(Throwable cause);

  /** An MQTT publish, acknowledged after its batch commits. */
  record Publish(InboundMessage message, Runnable acknowledge) implements Work {
    @Override
    public void fail(final Throwable cause) {
      // Left unacknowledged on purpose: the broker redelivers it.
    }
  }

  /** An operator command whose caller waits for the resulting thing. */
  record Command(TwinCommand command, MessageId messageId, CompletableFuture<Thing> result)
      implements Work {
    @Override
    public void fail(final Throwable cause) {
      result.completeExceptionally(cause);
    }
  }
}
