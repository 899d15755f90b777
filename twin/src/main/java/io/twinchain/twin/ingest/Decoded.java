/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

import io.twinchain.twin.model.MessageId;
import java.util.Optional;

/** One result of decoding an MQTT publish: a device message, or a refusal to report. */
public sealed interface Decoded {

  /**
   * A well-formed device message.
   *
   * @param message the transport-neutral message
   */
  record Accepted(DeviceMessage message) implements Decoded {}

  /**
   * A refused message.
   *
   * @param target where to report it
   * @param messageId the message's id, if it could be determined
   * @param rejection why
   */
  record Refused(ErrorTarget target, Optional<MessageId> messageId, Rejection rejection)
      implements Decoded {}
}
