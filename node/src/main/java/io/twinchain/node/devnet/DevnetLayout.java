/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet;

import io.twinchain.node.devnet.DevnetProcess.Kind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where every devnet process listens and how it is started. Node {@code i} (APs first, then
 * gateways, as {@code genesis generate} numbers them) uses P2P {@code 30303 + 10i}, JSON-RPC HTTP
 * {@code 8545 + 10i}, WebSocket one above, metrics {@code 9545 + 10i}; the broker MQTT {@code 1883}
 * and the explorer {@code 8080}; the simulator's metrics follow the last node's. {@code portOffset}
 * shifts every port, so two devnets (or a test) can run side by side.
 *
 * @param dataDir the devnet folder (keys, genesis, ledgers, logs, {@code devnet.json})
 * @param host the address every process binds and advertises
 * @param accessPoints number of AP nodes
 * @param gateways number of gateway nodes
 * @param devices number of simulated machines
 * @param portOffset added to every default port
 */
public record DevnetLayout(
    Path dataDir, String host, int accessPoints, int gateways, int devices, int portOffset) {

  static final int P2P_BASE = 30303;
  static final int RPC_BASE = 8545;
  static final int METRICS_BASE = 9545;
  static final int MQTT_PORT = 1883;
  static final int EXPLORER_PORT = 8080;
  static final int NODE_STRIDE = 10;

  /** Each gateway's device registrations, in its node folder. */
  public static final String DEVICES_FILE = "devices.toml";

  /** The twins' namespace: {@code devnet:machine-01}. */
  public static final String NAMESPACE = "devnet";

  /** The APIs every devnet node serves, including the namespaces other areas add. */
  static final String APIS = "WEB3,NET,ETH,ADMIN,PERM,REP,TWIN,CTRL,DNN";

  /** The default devnet: 3 APs, 2 gateways, 10 machines on 127.0.0.1. */
  public static DevnetLayout defaults(final Path dataDir) {
    return new DevnetLayout(dataDir, "127.0.0.1", 3, 2, 10, 0);
  }

  /** The MQTT broker URL devices and gateways connect to. */
  public String mqttUrl() {
    return "tcp://" + host + ":" + (MQTT_PORT + portOffset);
  }

  /** The explorer page's URL. */
  public String explorerUrl() {
    return "http://" + host + ":" + (EXPLORER_PORT + portOffset) + "/explorer/";
  }

  /** The log file of the process called {@code name}. */
  public Path logFile(final String name) {
    return dataDir.resolve("logs").resolve(name + ".log");
  }

  /** Name of node {@code index} (0-based, APs first). */
  public String nodeName(final int index) {
    return index < accessPoints ? "ap-" + (index + 1) : "gateway-" + (index - accessPoints + 1);
  }

  /**
   * The devices registered to gateway {@code gateway} (0-based): the simulated machines {@code i}
   * with {@code i mod gateways == gateway}, and {@code pump-<gateway+1>} for a real device or
   * {@code mosquitto_pub}.
   */
  public List<String> devicesOf(final int gateway) {
    final List<String> devices = new ArrayList<>();
    for (int i = gateway; i < this.devices; i += gateways) {
      devices.add(deviceId(i));
    }
    devices.add("pump-" + (gateway + 1));
    return devices;
  }

  /** The id of simulated machine {@code index} (0-based): {@code machine-01}, ... */
  public static String deviceId(final int index) {
    return String.format("machine-%02d", index + 1);
  }

  /** The gateway node names, in order. */
  public List<String> gatewayNames() {
    final List<String> names = new ArrayList<>();
    for (int i = 0; i < gateways; i++) {
      names.add(nodeName(accessPoints + i));
    }
    return names;
  }

  /** Every process in start order: broker, APs, gateways, simulator. */
  public List<DevnetProcess> processes() {
    final List<DevnetProcess> processes = new ArrayList<>();
    processes.add(broker());
    for (int i = 0; i < accessPoints + gateways; i++) {
      processes.add(node(i));
    }
    processes.add(simulator());
    return processes;
  }

  /** The chain nodes only. */
  public List<DevnetProcess> nodes() {
    return processes().stream().filter(process -> process.kind().isNode()).toList();
  }

  /** The process called {@code name}, if the layout has one. */
  public java.util.Optional<DevnetProcess> process(final String name) {
    return processes().stream().filter(process -> process.name().equals(name)).findFirst();
  }

  private DevnetProcess broker() {
    final int mqtt = MQTT_PORT + portOffset;
    final int explorer = EXPLORER_PORT + portOffset;
    final Map<String, Integer> ports = new LinkedHashMap<>();
    ports.put("mqtt", mqtt);
    ports.put("explorer", explorer);
    return new DevnetProcess(
        "broker",
        Kind.BROKER,
        List.of("devnet", "broker", "--data-path", dataDir.toString()),
        explorer,
        ports);
  }

  private DevnetProcess node(final int index) {
    final String name = nodeName(index);
    final int shift = portOffset + NODE_STRIDE * index;
    final Map<String, Integer> ports = new LinkedHashMap<>();
    ports.put("p2p", P2P_BASE + shift);
    ports.put("rpc-http", RPC_BASE + shift);
    ports.put("rpc-ws", RPC_BASE + shift + 1);
    ports.put("metrics", METRICS_BASE + shift);
    final List<String> arguments = new ArrayList<>();
    arguments.addAll(
        List.of(
            "run",
            "--config",
            dataDir.resolve(name).resolve("config.toml").toString(),
            "--rpc-http-api",
            APIS,
            "--rpc-http-cors-origins",
            explorerOrigins()));
    if (index >= accessPoints) {
      arguments.addAll(
          List.of(
              "--mqtt-broker-url",
              mqttUrl(),
              "--twin-gateway-id",
              name,
              "--twin-devices-file",
              dataDir.resolve(name).resolve(DEVICES_FILE).toString()));
    }
    return new DevnetProcess(
        name,
        index < accessPoints ? Kind.AP : Kind.GATEWAY,
        arguments,
        ports.get("metrics"),
        ports);
  }

  private DevnetProcess simulator() {
    final int metrics = METRICS_BASE + portOffset + NODE_STRIDE * (accessPoints + gateways);
    return new DevnetProcess(
        "simulator",
        Kind.SIMULATOR,
        List.of("devnet", "simulator", "--data-path", dataDir.toString()),
        metrics,
        Map.of("metrics", metrics));
  }

  private String explorerOrigins() {
    final int explorer = EXPLORER_PORT + portOffset;
    return "http://" + host + ":" + explorer + ",http://localhost:" + explorer;
  }
}
