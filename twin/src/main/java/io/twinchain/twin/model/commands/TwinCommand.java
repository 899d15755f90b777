/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.model.commands;

import io.twinchain.twin.model.ThingId;

/** A request to change one thing, named in the imperative; it becomes an event or a rejection. */
public sealed interface TwinCommand
    permits CreateThing, ModifyAttributes, ModifyFeatureProperties, SetDesiredProperties {

  /** The thing to change. */
  ThingId thingId();
}
