/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import java.util.List;

/**
 * A gateway's applier: each of its twins' partition point goes to the offload runtime's plan. Twins
 * of other gateways are skipped.
 */
public final class GatewayCutApplier implements DecisionApplier {

  /** Where a gateway's partition plan takes a new cut. */
  @FunctionalInterface
  public interface CutSink {
    /** From slot {@code slot} on, run layers 1..{@code cut} of {@code twin}'s model here. */
    void setCut(String twin, long slot, int cut);
  }

  private final List<String> twins;
  private final CutSink sink;

  /**
   * @param twins this gateway's twins
   * @param sink the offload runtime's partition plan
   */
  public GatewayCutApplier(final List<String> twins, final CutSink sink) {
    this.twins = List.copyOf(twins);
    this.sink = sink;
  }

  @Override
  public void apply(final SlotDecision decision) {
    for (final String twin : twins) {
      decision.cutOf(twin).ifPresent(cut -> sink.setCut(twin, decision.slot(), cut.cut()));
    }
  }
}
