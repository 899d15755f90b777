/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.model.commands;

import static java.util.Objects.requireNonNull;

import io.twinchain.twin.model.JsonObject;
import io.twinchain.twin.model.ThingId;

/**
 * Merge {@code patch} into the attributes (JSON merge patch).
 *
 * @param thingId the thing
 * @param patch members to set; {@code null} members remove
 */
public record ModifyAttributes(ThingId thingId, JsonObject patch) implements TwinCommand {

  /** Rejects missing parts. */
  public ModifyAttributes {
    requireNonNull(thingId, "thingId");
    requireNonNull(patch, "patch");
  }
}
