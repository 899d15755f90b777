/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.chain.testsupport.TestContracts;
import io.twinchain.node.metrics.NoOpMetricsSystem;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ethers v6 client (npm, pinned in {@code src/test/js/package-lock.json}, installed by {@code
 * .ci/install.d/rpc.sh}) run by node against a node over HTTP and WebSocket: chain id, block
 * number, balance, a signed transfer mined and waited for, a contract deployed and called, and a
 * {@code newHeads} subscription.
 */
class EthersClientTest {

  @TempDir Path dir;

  @Test
  void ethersSeesTheChainAndGetsItsTransactionsMined() throws Exception {
    final Vertx vertx = Vertx.vertx();
    try (RpcTestNode node = new RpcTestNode(dir, new NoOpMetricsSystem())) {
      node.producer.autoMine();
      final int http = node.serveHttp(vertx);
      final int ws = node.serveWebSocket(vertx);
      final JsonNode seen =
          EthersScript.run(
              dir,
              "ethers-check.js",
              "http://127.0.0.1:" + http + "/",
              "ws://127.0.0.1:" + ws + "/",
              SeedBlock.DEV.getEcKeyPair().getPrivateKey().toString(16),
              TestContracts.STORE_AND_LOG_INIT.toHexString());
      assertThat(seen.get("chainId").asText()).isEqualTo("1337");
      assertThat(seen.get("blockNumber").asLong()).isZero();
      assertThat(seen.get("balance").asText()).isEqualTo("200000000000000000000");
      assertThat(seen.get("transferStatus").asInt()).isEqualTo(1);
      assertThat(seen.get("transferBlock").asLong()).isPositive();
      assertThat(seen.get("receiverBalance").asText()).isEqualTo("12345");
      assertThat(seen.get("callResult").asText()).isEqualTo("0x" + "00".repeat(31) + "63");
      assertThat(seen.get("newHead").asLong()).isPositive();
      assertThat(seen.get("finalBlockNumber").asLong())
          .isEqualTo(node.database.blockchain().head().number());
    } finally {
      vertx.close().await();
    }
  }
}
