/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.node.devnet.DevnetHttp;
import io.twinchain.node.devnet.DevnetLayout;
import io.twinchain.node.keys.NodeKey;
import io.twinchain.node.keys.NodeKeyFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * JSON-RPC reads of one running devnet: the controller (gateway-1) for slots and decisions, each
 * gateway for the partitions its twins ran with, each AP for its hash rate, any node for {@code
 * rep_list}. A call that fails reads as empty; the sampler records the gap.
 */
final class DevnetProbe {
  private final DevnetHttp http;
  private final DevnetLayout layout;
  private final Map<String, String> apByAddress = new LinkedHashMap<>();
  private final Map<String, String> addressByNodeId = new LinkedHashMap<>();

  DevnetProbe(final DevnetLayout layout) {
    this.http = new DevnetHttp(layout.host());
    this.layout = layout;
    for (int k = 0; k < layout.accessPoints(); k++) {
      final String name = layout.nodeName(k);
      final NodeKey key = NodeKeyFile.load(layout.dataDir().resolve(name).resolve("key"));
      final String address = key.address().toLowerCase(Locale.ROOT);
      apByAddress.put(address, name);
      addressByNodeId.put("0x" + key.nodeId().toHex(), address);
    }
  }

  /** AP address (lower case, 0x-prefixed) to name. */
  Map<String, String> apByAddress() {
    return apByAddress;
  }

  /** The address of the AP a partition record names by node id ({@code 0x} + 128 hex). */
  Optional<String> apAddress(final String nodeId) {
    return Optional.ofNullable(addressByNodeId.get(nodeId.toLowerCase(Locale.ROOT)));
  }

  /** The twins the controller plans for, per gateway name. */
  Map<String, List<String>> twinsByGateway() {
    final Map<String, List<String>> twins = new LinkedHashMap<>();
    final List<String> gateways = layout.gatewayNames();
    for (int g = 0; g < gateways.size(); g++) {
      twins.put(
          gateways.get(g),
          layout.devicesOf(g).stream()
              .filter(device -> device.startsWith("machine-"))
              .map(device -> DevnetLayout.NAMESPACE + ":" + device)
              .toList());
    }
    return twins;
  }

  OptionalLong currentSlot() {
    return call(controller(), "ctrl_getState")
        .map(state -> OptionalLong.of(RpcReadings.quantity(state.path("currentSlot"))))
        .orElse(OptionalLong.empty());
  }

  Optional<JsonNode> decision(final long slot) {
    return call(controller(), "ctrl_getDecision", hex(slot)).filter(JsonNode::isObject);
  }

  Optional<JsonNode> partition(final String gateway, final String twin, final long slot) {
    return call(rpcPort(gateway), "dnn_getPartition", twin, hex(slot));
  }

  /** The slot of the latest condition written into {@code twin} on {@code gateway}. */
  OptionalLong conditionSlot(final String gateway, final String twin) {
    return call(rpcPort(gateway), "twin_get", twin)
        .map(thing -> thing.path("features").path("condition").path("properties").path("slot"))
        .filter(JsonNode::isNumber)
        .map(slot -> OptionalLong.of(slot.asLong()))
        .orElse(OptionalLong.empty());
  }

  OptionalDouble hashRate(final String ap) {
    return call(rpcPort(ap), "eth_hashrate")
        .map(rate -> OptionalDouble.of(RpcReadings.quantity(rate)))
        .orElse(OptionalDouble.empty());
  }

  Optional<JsonNode> reputations() {
    return call(controller(), "rep_list").filter(JsonNode::isArray);
  }

  OptionalLong blockNumber() {
    return call(controller(), "eth_blockNumber")
        .map(n -> OptionalLong.of(RpcReadings.quantity(n)))
        .orElse(OptionalLong.empty());
  }

  /** The genesis block's timestamp in milliseconds (the slot clock's origin). */
  OptionalLong genesisMillis() {
    return call(controller(), "eth_getBlockByNumber", "0x0", false)
        .map(block -> OptionalLong.of(RpcReadings.quantity(block.path("timestamp")) * 1000))
        .orElse(OptionalLong.empty());
  }

  private Optional<JsonNode> call(final int port, final String method, final Object... params) {
    return http.call(port, method, params).result();
  }

  private int controller() {
    return rpcPort(layout.gatewayNames().getFirst());
  }

  private int rpcPort(final String name) {
    return layout.process(name).orElseThrow().port("rpc-http");
  }

  private static String hex(final long slot) {
    return "0x" + Long.toHexString(slot);
  }
}
