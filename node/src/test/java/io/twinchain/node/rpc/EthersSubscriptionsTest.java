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
 * {@code eth_subscribe}/{@code eth_unsubscribe} over WebSocket with the ethers v6 client ({@code
 * ethers-subscriptions.js}): two contracts A and B emit the same topic; a {@code logs} subscription
 * filtered on A's address and the topic gets A's log of a transaction mined on the node and not
 * B's, one filtered on another topic gets nothing, and after {@code eth_unsubscribe} the node sends
 * nothing more on that id (counted on the raw socket, not through ethers) while a control
 * subscription still sees A's later logs. {@code newHeads} the same way.
 */
class EthersSubscriptionsTest {

  private static final String WORD = "0x" + "00".repeat(31);

  @TempDir Path dir;

  @Test
  void logsAndNewHeadsArriveFilteredUntilUnsubscribed() throws Exception {
    final Vertx vertx = Vertx.vertx();
    try (RpcTestNode node = new RpcTestNode(dir, new NoOpMetricsSystem())) {
      node.producer.autoMine();
      final JsonNode seen =
          EthersScript.run(
              dir,
              "ethers-subscriptions.js",
              "http://127.0.0.1:" + node.serveHttp(vertx) + "/",
              "ws://127.0.0.1:" + node.serveWebSocket(vertx) + "/",
              SeedBlock.DEV.getEcKeyPair().getPrivateKey().toString(16),
              TestContracts.STORE_AND_LOG_INIT.toHexString(),
              TestContracts.TOPIC.toHexString());
      final String contractA = seen.get("contractA").asText();
      assertThat(seen.get("logsOfB").asInt()).as("B's call did log the topic").isEqualTo(1);
      assertThat(seen.get("matching")).hasSize(1);
      assertThat(seen.at("/matching/0/address").asText()).isEqualToIgnoringCase(contractA);
      assertThat(seen.at("/matching/0/data").asText()).isEqualTo(WORD + "07");
      assertThat(seen.get("rawMatching")).extracting(JsonNode::asText).containsExactly(WORD + "07");
      assertThat(seen.get("otherTopic").asInt()).isZero();

      assertThat(seen.at("/unsubscribedLogs/result").asBoolean()).isTrue();
      assertThat(seen.at("/unsubscribedHeads/result").asBoolean()).isTrue();
      assertThat(seen.get("logsAfterUnsubscribe").asInt()).isZero();
      assertThat(seen.get("headsAfterUnsubscribe").asInt()).isZero();
      assertThat(seen.get("control"))
          .extracting(JsonNode::asText)
          .containsExactly(WORD + "07", WORD + "09", WORD + "0a");

      final long blockOfA = seen.get("blockOfA").asLong();
      assertThat(seen.get("heads")).extracting(JsonNode::asLong).contains(blockOfA);
      assertThat(seen.get("blocksAfterUnsubscribe"))
          .extracting(JsonNode::asLong)
          .allMatch(number -> number > blockOfA);
      assertThat(node.database.blockchain().head().number()).isGreaterThan(blockOfA + 1);
    } finally {
      vertx.close().await();
    }
  }
}
