/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.events;

import static java.util.Objects.requireNonNull;

import io.twinchain.twin.model.JsonObject;

/**
 * Attributes were merged.
 *
 * @param metadata thing, revision, time and message
 * @param patch the merge patch applied
 */
public record AttributesModified(EventMetadata metadata, JsonObject patch) implements TwinEvent {

  /** Rejects missing parts. */
  public AttributesModified {
    requireNonNull(metadata, "metadata");
    requireNonNull(patch, "patch");
  }
}
