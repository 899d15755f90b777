/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

import io.twinchain.twin.mapping.MappingConfig;

/**
 * Settings of a gateway's ingestion.
 *
 * @param limits payload bounds
 * @param mapping payload mapping
 * @param maxBatch most messages per group commit
 */
public record IngestionConfig(PayloadLimits limits, MappingConfig mapping, int maxBatch) {

  /** Default limits, identity mapping, batches of up to 2048 messages. */
  public static IngestionConfig defaults() {
    return new IngestionConfig(PayloadLimits.defaults(), MappingConfig.identity(), 2048);
  }
}
