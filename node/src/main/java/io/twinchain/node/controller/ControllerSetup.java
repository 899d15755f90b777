/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import io.twinchain.offload.controller.ReputationConstraint;
import io.twinchain.offload.controller.SystemModel;
import java.util.List;

/**
 * What the controller role decides for: the system model (its topology orders twins, gateways and
 * APs), C3, V and the policy, and the identities behind the model's indices.
 *
 * @param system latency and consensus model; twin n, gateway m and AP k are the indices below
 * @param constraint Γ_k, its direction and the reputation update
 * @param tradeOff V
 * @param policy the policy's name in {@link PolicyCatalog}
 * @param seed seed of the policy's own random stream (only random-cut uses it)
 * @param twins thing id of twin n
 * @param gateways account address of gateway m (its node key's), whose peer sends its reports
 * @param aps account address of AP k
 * @param defaultLinkRate r_m used until gateway m first reports, bit/s
 */
public record ControllerSetup(
    SystemModel system,
    ReputationConstraint constraint,
    double tradeOff,
    String policy,
    long seed,
    List<String> twins,
    List<String> gateways,
    List<String> aps,
    double defaultLinkRate) {

  public ControllerSetup {
    twins = List.copyOf(twins);
    gateways = gateways.stream().map(String::toLowerCase).toList();
    aps = aps.stream().map(String::toLowerCase).toList();
    requireCount("twins", twins.size(), system.twinCount());
    requireCount("gateways", gateways.size(), system.latency().topology().gatewayCount());
    requireCount("APs", aps.size(), system.apCount());
    requireCount("reputation targets", constraint.gamma().length, system.apCount());
    if (!(tradeOff > 0) || !(defaultLinkRate > 0)) {
      throw new IllegalArgumentException("V and the default link rate must be > 0");
    }
  }

  private static void requireCount(final String what, final int actual, final int model) {
    if (actual != model) {
      throw new IllegalArgumentException(
          "the model has " + model + " " + what + " but " + actual + " are named");
    }
  }
}
