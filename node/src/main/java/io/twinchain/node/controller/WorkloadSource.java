/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import java.util.List;

/** A gateway's view of its slot workload, as the offload runtime and the twins measure it. */
public interface WorkloadSource {

  /** D_n(t) of each of this gateway's twins at the start of {@code slot}. */
  List<TwinLoad> workload(long slot);

  /** r_m(t), the uplink rate to this gateway's AP as last measured, bit/s (> 0). */
  double linkRateBitsPerSecond();
}
