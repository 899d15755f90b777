/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.node.cli.TwinchainVersion;
import io.twinchain.node.metrics.NoOpMetricsSystem;
import io.twinchain.node.testsupport.TestGenesis;
import io.vertx.core.Vertx;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.methods.response.BooleanResponse;
import org.web3j.protocol.http.HttpService;

/** The methods served so far, called by the real web3j client over HTTP. */
class Web3jClientTest {

  @TempDir static Path dir;
  private static Vertx vertx;
  private static RpcTestNode node;
  private static HttpService service;
  private static Web3j web3j;

  @BeforeAll
  static void start() throws Exception {
    vertx = Vertx.vertx();
    node = new RpcTestNode(dir, new NoOpMetricsSystem());
    final int port = node.serveHttp(vertx);
    service = new HttpService("http://127.0.0.1:" + port + "/");
    web3j = Web3j.build(service);
  }

  @AfterAll
  static void stop() {
    web3j.shutdown();
    node.close();
    vertx.close().await();
  }

  @Test
  void web3AndNetAndEth() throws Exception {
    assertThat(web3j.web3ClientVersion().send().getWeb3ClientVersion())
        .isEqualTo(TwinchainVersion.clientVersion());
    assertThat(web3j.web3Sha3("0x68656c6c6f20776f726c64").send().getResult())
        .isEqualTo("0x47173285a8d7341e5e972fc677286384f802f8ef42a5ec5f03bbfa254cb01fad");
    assertThat(web3j.netVersion().send().getNetVersion()).isEqualTo("1337");
    assertThat(web3j.netListening().send().isListening()).isTrue();
    assertThat(web3j.netPeerCount().send().getQuantity()).isEqualTo(BigInteger.ZERO);
    assertThat(web3j.ethChainId().send().getChainId()).isEqualTo(BigInteger.valueOf(1337));
    assertThat(web3j.ethBlockNumber().send().getBlockNumber()).isEqualTo(BigInteger.ZERO);
    assertThat(
            web3j
                .ethGetBalance(TestGenesis.FUNDED, DefaultBlockParameterName.LATEST)
                .send()
                .getBalance())
        .isEqualTo(new BigInteger("ad78ebc5ac6200000", 16));
  }

  @Test
  void permAddNodesThroughWeb3jRequest() throws Exception {
    final String enode = "enode://" + "cd".repeat(64) + "@127.0.0.1:30399";
    final PermResponse added =
        new Request<>(
                "perm_addNodesToAllowlist", List.of(List.of(enode)), service, PermResponse.class)
            .send();
    assertThat(added.hasError()).isFalse();
    assertThat(added.getResult()).isEqualTo("Success");
    final PermResponse again =
        new Request<>(
                "perm_addNodesToAllowlist", List.of(List.of(enode)), service, PermResponse.class)
            .send();
    assertThat(again.getError().getCode()).isEqualTo(-32000);
    assertThat(node.permissions.nodes().toString()).contains(enode);
    final BooleanResponse unknown =
        new Request<>("perm_noSuchThing", List.of(), service, BooleanResponse.class).send();
    assertThat(unknown.getError().getCode()).isEqualTo(-32601);
  }

  /** A string-result response, as Besu's perm methods return. */
  public static final class PermResponse extends org.web3j.protocol.core.Response<String> {}
}
