/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

import io.twinchain.twin.model.MessageId;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.model.commands.TwinCommand;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** What a twin writer lane processes: device publishes and operator commands, in arrival order. */
sealed interface Work {

  /** Gives up on this work after a storage failure. */
  void fail(Throwable cause);

  /**
   * The part of an MQTT publish that belongs to one lane: its decoded device messages (or
   * refusals), acknowledged after the lane's batch commits.
   *
   * @param topic the publish's topic, for reporting an unprocessable part
   * @param parts the decoded messages of this lane's devices
   * @param acknowledge runs once this part is durable
   */
  record Publish(String topic, List<Decoded> parts, Runnable acknowledge) implements Work {
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
