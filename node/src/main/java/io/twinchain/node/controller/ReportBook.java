/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import io.twinchain.node.keys.NodeId;
import io.twinchain.offload.controller.SlotObservation;
import io.twinchain.offload.latency.Topology;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The gateways' workload reports, per slot, until the controller decides that slot. A gateway that
 * has not reported for a slot counts as no samples at its last reported rate (its default rate
 * before its first report).
 */
final class ReportBook {
  /** How far past the next undecided slot a report may look; bounds the book's memory. */
  static final int MAX_SLOTS_AHEAD = 4;

  private final ControllerSetup setup;
  private final Map<String, Integer> gatewayIndex = new HashMap<>();
  private final Map<String, Integer> twinIndex = new HashMap<>();
  private final TreeMap<Long, double[]> samplesBySlot = new TreeMap<>();
  private final double[] lastRates;
  private long decidedThrough = -1;

  ReportBook(final ControllerSetup setup) {
    this.setup = setup;
    for (int m = 0; m < setup.gateways().size(); m++) {
      gatewayIndex.put(setup.gateways().get(m), m);
    }
    for (int n = 0; n < setup.twins().size(); n++) {
      twinIndex.put(setup.twins().get(n), n);
    }
    lastRates = new double[setup.gateways().size()];
    Arrays.fill(lastRates, setup.defaultLinkRate());
  }

  /** Files {@code report} from {@code gateway}; refuses strangers, foreign twins and old slots. */
  synchronized void add(final NodeId gateway, final WorkloadReport report)
      throws ControllerMessageException {
    final Integer m = gatewayIndex.get(gateway.address());
    if (m == null) {
      throw new ControllerMessageException(
          ControllerMessageException.Reason.UNKNOWN_GATEWAY, gateway.shortId());
    }
    if (report.slot() <= decidedThrough) {
      throw new ControllerMessageException(
          ControllerMessageException.Reason.OUTDATED_SLOT, "slot " + report.slot() + " is decided");
    }
    if (decidedThrough >= 0 && report.slot() > decidedThrough + MAX_SLOTS_AHEAD) {
      throw new ControllerMessageException(
          ControllerMessageException.Reason.FUTURE_SLOT,
          "slot " + report.slot() + " while deciding " + (decidedThrough + 1));
    }
    final Topology topology = setup.system().latency().topology();
    final int[] twins = new int[report.twins().size()];
    for (int i = 0; i < twins.length; i++) {
      final Integer n = twinIndex.get(report.twins().get(i).twin());
      if (n == null || topology.gatewayOf(n) != m) {
        throw new ControllerMessageException(
            ControllerMessageException.Reason.UNKNOWN_TWIN, report.twins().get(i).twin());
      }
      twins[i] = n;
    }
    final double[] samples =
        samplesBySlot.computeIfAbsent(report.slot(), s -> new double[setup.twins().size()]);
    for (int i = 0; i < twins.length; i++) {
      samples[twins[i]] = report.twins().get(i).samples();
    }
    lastRates[m] = report.linkRateBitsPerSecond();
  }

  /** The observation for {@code slot}; closes that slot and every earlier one to reports. */
  synchronized SlotObservation close(final long slot) {
    final double[] samples = samplesBySlot.getOrDefault(slot, new double[setup.twins().size()]);
    samplesBySlot.headMap(slot, true).clear();
    decidedThrough = Math.max(decidedThrough, slot);
    return new SlotObservation(slot, samples, lastRates);
  }
}
