/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.events;

/** Something that happened to a thing, named in the past tense; the unit of twin history. */
public sealed interface TwinEvent
    permits ThingCreated,
        AttributesModified,
        FeaturePropertiesModified,
        FeatureDesiredPropertiesModified {

  /** Thing, revision, timestamp and message id. */
  EventMetadata metadata();
}
