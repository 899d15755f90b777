/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import io.twinchain.offload.latency.LayerTable;
import io.twinchain.offload.latency.LayerTables;
import io.twinchain.offload.profile.LayerCosts;
import io.twinchain.offload.zoo.ModelZoo;
import io.twinchain.offload.zoo.ZooModel;
import java.util.Optional;

/**
 * The layer table (χ_l FLOPs, ψ_l bits per sample) of a DNN the controller models: a built-in table
 * by name, or the table profiled into a zoo model's manifest, so that the controller plans cuts of
 * the model the gateways actually run (assumption A-CTRL-LIVE-ZOO-MODEL).
 */
public final class ZooLayerTable {

  private ZooLayerTable() {}

  /** The built-in table called {@code name}, else the zoo model with that id, else empty. */
  public static Optional<LayerTable> find(final String name, final ModelZoo zoo) {
    final Optional<LayerTable> builtIn = LayerTables.builtIn(name);
    if (builtIn.isPresent() || !zoo.ids().contains(name)) {
      return builtIn;
    }
    return Optional.of(of(zoo.model(name)));
  }

  /** The recorded χ/ψ table of {@code model}. */
  public static LayerTable of(final ZooModel model) {
    return LayerCosts.toTable(model.id(), model.recordedLayers());
  }
}
