/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

import io.twinchain.twin.mapping.MappingConfig;

/**
 * Settings of a gateway's ingestion.
 *
 * @param limits payload bounds
 * @param mapping payload mapping
 * @param maxBatch most messages per group commit of one writer lane
 * @param writerLanes how many writer lanes apply and commit in parallel, each owning a partition of
 *     the twins
 */
public record IngestionConfig(
    PayloadLimits limits, MappingConfig mapping, int maxBatch, int writerLanes) {

  /**
   * Writer lanes by default: enough to keep two cores busy while other lanes wait for their fsync
   * (assumption A-TWIN-WRITER-LANES).
   */
  public static final int DEFAULT_WRITER_LANES = 4;

  /** Rejects settings that could not ingest anything. */
  public IngestionConfig {
    if (maxBatch < 1 || writerLanes < 1) {
      throw new IllegalArgumentException(
          "maxBatch and writerLanes must be positive: " + maxBatch + ", " + writerLanes);
    }
  }

  /** Default limits, identity mapping, batches of up to 2048 messages, four writer lanes. */
  public static IngestionConfig defaults() {
    return new IngestionConfig(
        PayloadLimits.defaults(), MappingConfig.identity(), 2048, DEFAULT_WRITER_LANES);
  }

  /** The same settings with {@code lanes} writer lanes. */
  public IngestionConfig withWriterLanes(final int lanes) {
    return new IngestionConfig(limits, mapping, maxBatch, lanes);
  }
}
