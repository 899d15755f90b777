/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import io.twinchain.node.keys.NodeId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The closed loop's settings for one node ({@code --controller-*} options). The loop is off unless
 * a controller node is named; every node of a network names the same one.
 *
 * @param controller the node whose signed decisions count; empty turns the loop off
 * @param slotLength the slot length; empty for the genesis block period
 * @param policy the controller's policy ({@link PolicyCatalog#NAMES})
 * @param tradeOff V
 * @param gamma Γ_k, the same for every AP
 * @param twins the twins the controller decides for, each on a genesis gateway
 * @param model the built-in layer table every twin's DNN is modelled with
 * @param defaultLinkRate r_m assumed until a gateway reports, bit/s
 * @param seed seed of the policy's random stream (random-cut)
 */
public record ControllerConfig(
    Optional<NodeId> controller,
    Optional<Duration> slotLength,
    String policy,
    double tradeOff,
    double gamma,
    List<TwinPlacement> twins,
    String model,
    double defaultLinkRate,
    long seed) {

  /** A twin and the index of its gateway in the genesis gateway list. */
  public record TwinPlacement(String twin, int gateway) {}

  public ControllerConfig {
    twins = List.copyOf(twins);
  }

  /** The loop off. */
  public static ControllerConfig disabled() {
    return new ControllerConfig(
        Optional.empty(),
        Optional.empty(),
        "dpra",
        10,
        0.5,
        List.of(),
        "vgg16-cifar10-blocks",
        2e6,
        1);
  }
}
