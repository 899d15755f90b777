/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin;

import static io.twinchain.node.testsupport.Eventually.await;
import static io.twinchain.node.twin.TwinGatewayNodeIT.quietly;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.twinchain.contracts.genesis.SystemContract;
import io.twinchain.node.keys.NodeKeyFile;
import io.twinchain.node.testsupport.NodeCluster;
import io.twinchain.twin.testsupport.DeviceClient;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.utils.Numeric;

/**
 * Issue 6's must-show on running nodes: a gateway and an AP ({@code twinchain run} processes from
 * generated keys and genesis) mine the gateway's anchor; a device's telemetry reaches the twin; the
 * proof {@code twin_getProof} serves is checked by {@code verify-twin-proof.js}, an ethers script
 * that shares no code with the node, against the root TwinRegistry holds at the anchoring block and
 * the canonical chain. A tampered twin state fails the same check. A device that TwinRegistry binds
 * to the gateway (registered on chain by an admin) is accepted; an unregistered one gets an error
 * and changes nothing.
 */
class TwinProofIT {

  private static final String GENESIS =
      """
      {"config": {"chainId": 4243, "consensus": {"blockPeriodSeconds": 1,
        "baseDifficulty": 20000, "rho": 0.5, "difficultyFunction": "exponential"}},
       "gasLimit": "0x5f5e100", "difficulty": "0x4e20", "alloc": {}}
      """;
  private static final long CHAIN_ID = 4243;
  private static final String GATEWAY = "gateway-1";
  private static final String PUMP = "plant:pump-1";
  private static final Path SCRIPT_DIR = Path.of("src/test/js");
  private static final Duration STARTUP = Duration.ofSeconds(180);
  private static final Duration ANCHORING = Duration.ofSeconds(90);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;
  private NodeCluster cluster;

  @AfterEach
  void stop() throws Exception {
    if (cluster != null) {
      cluster.close();
      System.out.println("--- " + GATEWAY + "\n" + Files.readString(cluster.log(GATEWAY)));
    }
  }

  @Test
  void aTwinStateIsProvenAgainstTheRootAnchoredInAMinedBlockAndChainDevicesAreAccepted()
      throws Exception {
    assertThat(SCRIPT_DIR.resolve("node_modules/ethers"))
        .as("run .ci/install.d/rpc.sh first (npm ci in node/src/test/js)")
        .exists();
    final Path devices = dir.resolve("devices.toml");
    Files.writeString(
        devices,
        "chain-namespace = \"plant\"\n\n[[device]]\nid = \"pump-1\"\nnamespace = \"plant\"\n");
    cluster =
        NodeCluster.generate(
            dir,
            GENESIS,
            1,
            1,
            List.of(
                "--miner-hash-rate=20000",
                "--rpc-http-api=WEB3,NET,ETH,ADMIN,TWIN",
                "--twin-gateway-id=gw1",
                "--twin-devices-file=" + devices,
                "--twin-slot-seconds=2"));
    cluster.start("ap-1");
    cluster.start(GATEWAY);
    await(
        "the gateway peers with the AP and sees blocks",
        STARTUP,
        quietly(() -> head(GATEWAY) >= 2 && cluster.head("ap-1").isPresent()));

    try (DeviceClient device =
        DeviceClient.connect("tcp://127.0.0.1:" + cluster.mqttPort(GATEWAY), "pump-1")) {
      device.publish(
          "twinchain/gw1/pump-1/telemetry",
          "{\"temperature\": 20.5, \"rpm\": 1234}",
          Optional.of("proof-1"));
    }
    await(
        PUMP + " at revision 2",
        STARTUP,
        quietly(
            () ->
                cluster
                        .call(GATEWAY, "twin_get", "[\"" + PUMP + "\"]")
                        .path("result")
                        .path("_revision")
                        .asLong()
                    == 2));
    await(
        "the anchor of revision 2 is mined",
        ANCHORING,
        quietly(() -> "MINED".equals(proof().path("status").asText())));

    final Verdict honest = verify(false);
    System.out.println("verify-twin-proof.js: " + honest.output());
    assertThat(honest.exitCode()).as(honest.output()).isZero();
    assertThat(honest.json().path("checks").size()).isEqualTo(5);
    final Verdict tampered = verify(true);
    System.out.println("verify-twin-proof.js --tamper: " + tampered.output());
    assertThat(tampered.exitCode()).as(tampered.output()).isEqualTo(1);
    assertThat(tampered.json().path("valid").asBoolean()).isFalse();
    assertThat(tampered.json().at("/checks/rootMatchesTheContract").asBoolean()).isFalse();
    assertThat(tampered.json().at("/checks/blockIsCanonical").asBoolean()).isTrue();

    onlyDevicesRegisteredOnChainJoin();
  }

  /** An admin (ap-1) binds meter-1 to the gateway in TwinRegistry; ghost-1 stays unregistered. */
  private void onlyDevicesRegisteredOnChainJoin() throws Exception {
    final Credentials admin =
        Credentials.create(NodeKeyFile.load(dir.resolve("net/ap-1/key")).privateKeyHex());
    final String gateway = NodeKeyFile.load(dir.resolve("net/gateway-1/key")).address();
    final Web3j web3 = cluster.client(GATEWAY);
    final String data =
        FunctionEncoder.encode(
            new Function(
                "registerDevice",
                List.of(
                    new Bytes32(Hash.sha3("plant:meter-1".getBytes(StandardCharsets.UTF_8))),
                    new Address(gateway)),
                List.of()));
    final BigInteger nonce =
        web3.ethGetTransactionCount(admin.getAddress(), DefaultBlockParameterName.PENDING)
            .send()
            .getTransactionCount();
    final RawTransaction register =
        RawTransaction.createTransaction(
            CHAIN_ID,
            nonce,
            BigInteger.valueOf(200_000),
            SystemContract.TWIN_REGISTRY.address(),
            BigInteger.ZERO,
            data,
            BigInteger.ZERO,
            BigInteger.ZERO);
    final String hash =
        web3.ethSendRawTransaction(
                Numeric.toHexString(TransactionEncoder.signMessage(register, admin)))
            .send()
            .getTransactionHash();
    await(
        "the registration is mined",
        ANCHORING,
        quietly(
            () ->
                "0x1"
                    .equals(
                        cluster
                            .call(GATEWAY, "eth_getTransactionReceipt", "[\"" + hash + "\"]")
                            .at("/result/status")
                            .asText())));

    final String url = "tcp://127.0.0.1:" + cluster.mqttPort(GATEWAY);
    try (DeviceClient meter = DeviceClient.connect(url, "meter-1");
        DeviceClient ghost = DeviceClient.connect(url, "ghost-1")) {
      ghost.subscribe("twinchain/gw1/ghost-1/errors");
      meter.publish("twinchain/gw1/meter-1/telemetry", "{\"kwh\": 7}", Optional.of("m-1"));
      ghost.publish("twinchain/gw1/ghost-1/telemetry", "{\"kwh\": 9}", Optional.of("g-1"));
      assertThat(ghost.await(r -> true, ANCHORING).json().path("reason").asText())
          .isEqualTo("UNKNOWN_DEVICE");
    }
    await(
        "plant:meter-1 exists",
        ANCHORING,
        quietly(
            () ->
                cluster
                        .call(GATEWAY, "twin_get", "[\"plant:meter-1\"]")
                        .at("/result/_revision")
                        .asLong()
                    == 2));
    assertThat(cluster.call(GATEWAY, "twin_get", "[\"plant:ghost-1\"]").has("error")).isTrue();
    assertThat(cluster.call(GATEWAY, "twin_list", "[{}]").at("/result/items")).hasSize(2);
  }

  private JsonNode proof() throws IOException, InterruptedException {
    return cluster.call(GATEWAY, "twin_getProof", "[\"" + PUMP + "\", 2]").path("result");
  }

  private long head(final String name) {
    return cluster.head(name).map(NodeCluster.Head::number).orElse(-1L);
  }

  private record Verdict(int exitCode, String output, JsonNode json) {}

  /** Runs the independent verifier on the pump's proof at revision 2. */
  private Verdict verify(final boolean tamper) throws IOException, InterruptedException {
    final List<String> command =
        new ArrayList<>(
            List.of(
                "node",
                "verify-twin-proof.js",
                cluster.rpcUrl(GATEWAY),
                SystemContract.TWIN_REGISTRY.address(),
                PUMP,
                "2"));
    if (tamper) {
      command.add("--tamper");
    }
    final Process process =
        new ProcessBuilder(command)
            .directory(SCRIPT_DIR.toFile())
            .redirectErrorStream(true)
            .start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("verify-twin-proof.js did not finish in 60 s");
    }
    final String output =
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    final String last = output.strip().lines().reduce((a, b) -> b).orElse("{}");
    return new Verdict(process.exitValue(), output, MAPPER.readTree(last));
  }
}
