/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

import io.twinchain.twin.events.CommandRejection;
import io.twinchain.twin.metrics.TwinCounter;
import io.twinchain.twin.metrics.TwinMetrics;
import io.twinchain.twin.model.DeviceId;
import io.twinchain.twin.model.GatewayId;
import io.twinchain.twin.model.Thing;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a drained list of work to a {@link BatchContext} and collects what must happen once the
 * batch is durable: acknowledgements, command results, and publishes to devices.
 */
final class BatchProcessor {

  private static final Logger LOG = LoggerFactory.getLogger(BatchProcessor.class);

  private final DeviceMessageHandler handler;
  private final DeviceChannel channel;
  private final TwinMetrics metrics;

  BatchProcessor(
      final DeviceMessageHandler handler, final DeviceChannel channel, final TwinMetrics metrics) {
    this.handler = handler;
    this.channel = channel;
    this.metrics = metrics;
  }

  /** What to do after the commit. */
  final class Result {
    private final List<Runnable> afterCommit = new ArrayList<>();

    /** Runs acknowledgements and completions, then publishes deltas and desired states. */
    void complete(final BatchContext context) {
      afterCommit.forEach(Runnable::run);
      context
          .desiredChanged()
          .forEach(thing -> publish(thing, Topics::desired, OutboundMessages.desired(thing)));
      context
          .deltaChanged()
          .forEach(thing -> publish(thing, Topics::delta, OutboundMessages.delta(thing.delta())));
    }
  }

  Result process(final List<Work> works, final BatchContext context) {
    final Result result = new Result();
    for (Work work : works) {
      switch (work) {
        case Work.Publish publish -> {
          publish
              .parts()
              .forEach(decoded -> admitSafely(publish.topic(), decoded, context, result));
          result.afterCommit.add(publish.acknowledge());
        }
        case Work.Command command -> execute(command, context, result);
      }
    }
    return result;
  }

  /**
   * A poison message must not stop the gateway: an unexpected failure while admitting one device
   * message is logged and reported to the sender, and the batch goes on.
   */
  private void admitSafely(
      final String topic, final Decoded decoded, final BatchContext context, final Result result) {
    try {
      admit(decoded, context, result);
    } catch (RuntimeException e) {
      LOG.error("Could not process a publish on {}", topic, e);
      refuse(DeviceMessageDecoder.unprocessable(topic, e), result);
    }
  }

  private void admit(final Decoded decoded, final BatchContext context, final Result result) {
    switch (decoded) {
      case Decoded.Accepted accepted -> {
        final DeviceMessage message = accepted.message();
        try {
          final DeviceMessageHandler.Outcome outcome = handler.handle(message, context);
          metrics.increment(
              outcome == DeviceMessageHandler.Outcome.APPLIED
                  ? TwinCounter.MESSAGES_ACCEPTED
                  : TwinCounter.MESSAGES_DUPLICATE,
              message.gatewayId().value());
        } catch (MessageRejectedException e) {
          refuse(
              new Decoded.Refused(
                  new ErrorTarget(
                      Optional.of(message.gatewayId()), Optional.of(message.deviceId())),
                  Optional.of(message.messageId()),
                  e.rejection()),
              result);
        }
      }
      case Decoded.Refused refused -> refuse(refused, result);
    }
  }

  private void refuse(final Decoded.Refused refused, final Result result) {
    metrics.increment(TwinCounter.MESSAGES_REJECTED, refused.rejection().reason().name());
    refused
        .target()
        .topic()
        .ifPresent(
            topic ->
                result.afterCommit.add(
                    () ->
                        channel.publish(
                            topic,
                            OutboundMessages.error(refused.rejection(), refused.messageId(), topic),
                            false)));
  }

  private void execute(final Work.Command work, final BatchContext context, final Result result) {
    if (!context.alreadyApplied(work.command().thingId(), work.messageId())) {
      final Optional<CommandRejection> refused =
          context.applyAll(List.of(work.command()), work.messageId());
      if (refused.isPresent()) {
        work.result().completeExceptionally(new CommandRejectedException(refused.get()));
        return;
      }
    }
    result.afterCommit.add(
        () -> work.result().complete(context.current(work.command().thingId()).orElseThrow()));
  }

  private void publish(
      final Thing thing,
      final BiFunction<GatewayId, DeviceId, String> topic,
      final byte[] payload) {
    channel.publish(
        topic.apply(thing.gatewayId(), new DeviceId(thing.thingId().name())), payload, true);
  }
}
