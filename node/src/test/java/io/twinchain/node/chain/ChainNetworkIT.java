/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.chain;

import static io.twinchain.node.testsupport.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.node.testsupport.NodeCluster;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.utils.Numeric;

/**
 * The multi-process network on loopback: 3 AP and 2 gateway nodes, each its own JVM started
 * from the CLI with generated keys and genesis, connect over mutual TLS, mine and converge on one
 * head; a transfer signed with web3j and sent to a gateway is mined and its balance visible on all;
 * an AP killed with SIGKILL and restarted catches up; a fresh gateway syncs from genesis.
 */
class ChainNetworkIT {

  private static final String GENESIS =
      """
      {"config": {"chainId": 4242, "consensus": {"blockPeriodSeconds": 1,
        "baseDifficulty": 20000, "rho": 0.5, "difficultyFunction": "exponential"}},
       "gasLimit": "0x5f5e100", "difficulty": "0x4e20",
       "alloc": {"0xfe3b557e8fb62b89f4916b721be55ceb828dbd73": {"balance": "0xad78ebc5ac6200000"}}}
      """;
  private static final List<String> MEMBERS =
      List.of("ap-1", "ap-2", "ap-3", "gateway-1", "gateway-2");
  private static final List<String> ALL =
      List.of("ap-1", "ap-2", "ap-3", "gateway-1", "gateway-2", "gateway-3");
  private static final long CHAIN_ID = 4242;

  /** The Besu dev account funded in the genesis; a well-known, dev-only key. */
  private static final String DEV_KEY =
      "0x8f2a55949038a9610f50fb23b5883af3b4ecb3c3bb792cbcefbd1542c692be63";

  private static final String FUNDED = "0xfe3b557e8fb62b89f4916b721be55ceb828dbd73";
  private static final String RECIPIENT = "0x00000000000000000000000000000000000c0ffe";
  private static final BigInteger AMOUNT = BigInteger.valueOf(123_456_789);
  private static final BigInteger GAS_PRICE = BigInteger.valueOf(1_000_000_000);
  private static final Duration STARTUP = Duration.ofSeconds(180);
  private static final Duration CATCH_UP = Duration.ofSeconds(60);

  @TempDir Path dir;
  private NodeCluster cluster;

  @AfterEach
  void stop() throws Exception {
    if (cluster != null) {
      cluster.close();
      for (final String name : List.of("ap-1", "ap-2", "gateway-1", "gateway-3")) {
        final Path log = cluster.log(name);
        if (Files.exists(log)) {
          System.out.println("--- " + name + "\n" + Files.readString(log));
        }
      }
    }
  }

  @Test
  void apsMineOneChainThatRestartedAndFreshNodesCatchUpWith() throws Exception {
    cluster = NodeCluster.generate(dir, GENESIS, 3, 3, List.of("--miner-hash-rate", "20000"));
    for (final String name : MEMBERS) {
      cluster.start(name);
    }
    await(
        "every node peers with the other four",
        STARTUP,
        () -> MEMBERS.stream().allMatch(name -> peerCount(name) == 4));
    await("the chain grows past block 5", CATCH_UP, () -> lowestHead(MEMBERS) >= 5);
    awaitOneHead(MEMBERS);
    transferIsMinedAndVisibleOnAll();

    final long beforeKill = number("ap-2");
    cluster.kill("ap-2");
    final long missed = highestHead(List.of("ap-1", "ap-3")) + 3;
    cluster.start("ap-2");
    await("ap-2 catches up after SIGKILL", STARTUP, () -> number("ap-2") >= missed);
    assertThat(missed).isGreaterThan(beforeKill);

    final long networkHead = highestHead(MEMBERS);
    cluster.start("gateway-3");
    await("a fresh gateway syncs from genesis", STARTUP, () -> number("gateway-3") >= networkHead);
    awaitOneHead(ALL);
  }

  /** A transfer signed with web3j and sent to a gateway reaches an AP, is mined and seen by all. */
  private void transferIsMinedAndVisibleOnAll() throws Exception {
    final Credentials funded = Credentials.create(DEV_KEY);
    assertThat(funded.getAddress()).isEqualTo(FUNDED);
    final byte[] signed =
        TransactionEncoder.signMessage(
            RawTransaction.createEtherTransaction(
                BigInteger.ZERO, GAS_PRICE, BigInteger.valueOf(21_000), RECIPIENT, AMOUNT),
            CHAIN_ID,
            funded);
    final EthSendTransaction sent =
        cluster.client("gateway-1").ethSendRawTransaction(Numeric.toHexString(signed)).send();
    assertThat(sent.hasError()).as("eth_sendRawTransaction error").isFalse();
    await(
        "the transfer is mined and visible on every node",
        CATCH_UP,
        () -> MEMBERS.stream().allMatch(name -> AMOUNT.equals(balance(name))));
  }

  private BigInteger balance(final String name) {
    try {
      return cluster
          .client(name)
          .ethGetBalance(RECIPIENT, DefaultBlockParameterName.LATEST)
          .send()
          .getBalance();
    } catch (Exception e) {
      return BigInteger.ZERO;
    }
  }

  /** All nodes report the same head at one moment (blocks come about once a second). */
  private void awaitOneHead(final List<String> names) {
    await(
        "all of " + names + " report one head",
        CATCH_UP,
        () -> {
          final List<Optional<NodeCluster.Head>> heads = names.stream().map(cluster::head).toList();
          return heads.stream().allMatch(Optional::isPresent)
              && heads.stream().distinct().count() == 1;
        });
  }

  private long number(final String name) {
    return cluster.head(name).map(NodeCluster.Head::number).orElse(-1L);
  }

  private int peerCount(final String name) {
    try {
      return cluster.client(name).netPeerCount().send().getQuantity().intValueExact();
    } catch (Exception e) {
      return -1;
    }
  }

  private long lowestHead(final List<String> names) {
    return names.stream().mapToLong(this::number).min().orElse(-1L);
  }

  private long highestHead(final List<String> names) {
    return names.stream().mapToLong(this::number).max().orElse(-1L);
  }
}
