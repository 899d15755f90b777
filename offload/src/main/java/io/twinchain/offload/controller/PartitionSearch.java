/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.controller;

import io.twinchain.offload.latency.SlotWorkload;

/** The outer problem of spec §5.3: choosing the partition vector l for a given allocation. */
public interface PartitionSearch {

  /**
   * Searches partitions, leaving the best one in {@code workload}.
   *
   * @return the best partition vector found
   */
  int[] search(SlotWorkload workload, FrequencyAllocation allocation);

  /** Name in configs and reports. */
  String name();
}
