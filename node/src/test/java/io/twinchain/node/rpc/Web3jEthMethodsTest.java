/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.twinchain.chain.testsupport.TestContracts;
import io.twinchain.chain.testsupport.TestTransactions;
import io.twinchain.node.metrics.NoOpMetricsSystem;
import io.twinchain.node.rpc.http.JsonRpcHttpServer;
import io.twinchain.node.rpc.http.JsonRpcServerConfig;
import io.twinchain.node.testsupport.Eventually;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.ContractUtils;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.EthGetProof;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;

/**
 * Every {@code eth_} method through the real web3j client over HTTP, against a node whose pool
 * feeds a block producer: signed transactions go in with {@code eth_sendRawTransaction}, are mined,
 * and their effects are read back.
 */
class Web3jEthMethodsTest {

  private static final String SENDER = SeedBlock.DEV.getAddress();
  private static final String RECEIVER = SeedBlock.RECEIVER.getValue();
  private static final DefaultBlockParameterName LATEST = DefaultBlockParameterName.LATEST;

  @TempDir static Path dir;
  private static Vertx vertx;
  private static RpcTestNode node;
  private static Web3j web3j;

  @BeforeAll
  static void start() throws Exception {
    vertx = Vertx.vertx();
    node = new RpcTestNode(dir, new NoOpMetricsSystem());
    SeedBlock.produceOn(node);
    node.producer.autoMine();
    final JsonRpcServerConfig config =
        new JsonRpcServerConfig(
            "127.0.0.1", 0, 16, 1 << 20, List.of("localhost", "127.0.0.1"), List.of());
    final int port = new JsonRpcHttpServer(vertx, config, node.processor).start().await();
    web3j = Web3j.build(new HttpService("http://127.0.0.1:" + port + "/"));
  }

  @AfterAll
  static void stop() {
    web3j.shutdown();
    node.close();
    vertx.close().await();
  }

  @Test
  void transferIsMinedAndVisible() throws Exception {
    final long nonce = nonce(LATEST);
    final BigInteger before = web3j.ethGetBalance(RECEIVER, LATEST).send().getBalance();
    final TransactionReceipt receipt =
        sendAndWait(
            TestTransactions.legacyTransfer(
                SeedBlock.DEV,
                RpcTestNode.CHAIN_ID,
                nonce,
                SeedBlock.RECEIVER,
                BigInteger.valueOf(1234),
                web3j.ethGasPrice().send().getGasPrice()));
    assertThat(receipt.isStatusOK()).isTrue();
    assertThat(receipt.getGasUsed()).isEqualTo(BigInteger.valueOf(21_000));
    assertThat(web3j.ethGetBalance(RECEIVER, LATEST).send().getBalance())
        .isEqualTo(before.add(BigInteger.valueOf(1234)));
    assertThat(nonce(LATEST)).isEqualTo(nonce + 1);
    final EthBlock.Block block =
        web3j.ethGetBlockByHash(receipt.getBlockHash(), true).send().getBlock();
    assertThat(block.getNumber()).isEqualTo(receipt.getBlockNumber());
    final EthBlock.TransactionObject mined =
        (EthBlock.TransactionObject) block.getTransactions().getFirst().get();
    assertThat(mined.getHash()).isEqualTo(receipt.getTransactionHash());
    assertThat(mined.getFrom()).isEqualTo(SENDER);
    assertThat(
            web3j
                .ethGetBlockByNumber(DefaultBlockParameter.valueOf(block.getNumber()), false)
                .send()
                .getBlock()
                .getHash())
        .isEqualTo(block.getHash());
    assertThat(web3j.ethBlockNumber().send().getBlockNumber()).isEqualTo(block.getNumber());
  }

  @Test
  void contractCodeStorageCallLogsAndProof() throws Exception {
    final long nonce = nonce(LATEST);
    final TransactionReceipt deployed =
        sendAndWait(
            TestTransactions.dynamicFeeCall(
                SeedBlock.DEV,
                RpcTestNode.CHAIN_ID,
                nonce,
                null,
                200_000,
                TestContracts.STORE_AND_LOG_INIT));
    final String contract = deployed.getContractAddress();
    assertThat(contract)
        .isEqualTo(ContractUtils.generateContractAddress(SENDER, BigInteger.valueOf(nonce)));
    assertThat(web3j.ethGetCode(contract, LATEST).send().getCode())
        .isEqualTo(TestContracts.STORE_AND_LOG_RUNTIME.toHexString());
    final String word = "0x" + "00".repeat(31) + "07";
    final Transaction call = Transaction.createEthCallTransaction(SENDER, contract, word);
    assertThat(web3j.ethCall(call, LATEST).send().getValue()).isEqualTo(word);
    final BigInteger estimate = web3j.ethEstimateGas(call).send().getAmountUsed();
    final TransactionReceipt stored =
        sendAndWait(
            TestTransactions.dynamicFeeCall(
                SeedBlock.DEV,
                RpcTestNode.CHAIN_ID,
                nonce + 1,
                new org.web3j.abi.datatypes.Address(contract),
                estimate.longValueExact(),
                Bytes.fromHexString(word)));
    assertThat(stored.isStatusOK()).as("a call with the estimated gas succeeds").isTrue();
    assertThat(web3j.ethGetStorageAt(contract, BigInteger.ZERO, LATEST).send().getData())
        .isEqualTo(word);
    final EthFilter filter =
        new EthFilter(DefaultBlockParameterName.EARLIEST, LATEST, contract)
            .addSingleTopic(TestContracts.TOPIC.toHexString());
    final List<EthLog.LogResult<?>> logs = web3j.ethGetLogs(filter).send().getLogs();
    assertThat(logs).hasSize(1);
    final org.web3j.protocol.core.methods.response.Log log =
        (org.web3j.protocol.core.methods.response.Log) logs.getFirst().get();
    assertThat(log.getData()).isEqualTo(word);
    assertThat(log.getTransactionHash()).isEqualTo(stored.getTransactionHash());
    assertThat(stored.getLogs()).hasSize(1);
    final EthGetProof.Proof proof =
        web3j.ethGetProof(contract, List.of("0x0"), "latest").send().getProof();
    assertThat(proof.getStorageProof().getFirst().getValue()).isEqualTo("0x7");
    assertThat(proof.getAccountProof()).isNotEmpty();
    assertThat(proof.getStorageHash())
        .isNotEqualTo(
            web3j.ethGetProof(SENDER, List.of(), "latest").send().getProof().getStorageHash());
  }

  @Test
  void pendingTransactionBeforeItsGapIsFilled() throws Exception {
    final long nonce = nonce(DefaultBlockParameterName.PENDING);
    final Bytes gapped =
        TestTransactions.legacyTransfer(
            SeedBlock.DEV,
            RpcTestNode.CHAIN_ID,
            nonce + 1,
            SeedBlock.RECEIVER,
            BigInteger.ONE,
            BigInteger.ZERO);
    final String hash = web3j.ethSendRawTransaction(gapped.toHexString()).send().getResult();
    final org.web3j.protocol.core.methods.response.Transaction pending =
        web3j.ethGetTransactionByHash(hash).send().getTransaction().orElseThrow();
    assertThat(pending.getBlockHash()).isNull();
    assertThat(pending.getNonce()).isEqualTo(BigInteger.valueOf(nonce + 1));
    sendAndWait(
        TestTransactions.legacyTransfer(
            SeedBlock.DEV,
            RpcTestNode.CHAIN_ID,
            nonce,
            SeedBlock.RECEIVER,
            BigInteger.ONE,
            BigInteger.ZERO));
    Eventually.await("the gapped transaction is mined", () -> receipt(hash).isPresent());
    assertThat(nonce(LATEST)).isEqualTo(nonce + 2);
  }

  @Test
  void refusedTransactionsAndNodeStatus() throws Exception {
    final var stale =
        web3j
            .ethSendRawTransaction(
                TestTransactions.legacyTransfer(
                        SeedBlock.DEV,
                        RpcTestNode.CHAIN_ID,
                        0,
                        SeedBlock.RECEIVER,
                        BigInteger.ONE,
                        BigInteger.ZERO)
                    .toHexString())
            .send();
    assertThat(stale.getError().getCode()).isEqualTo(-32001);
    assertThat(stale.getError().getMessage()).isEqualTo("Nonce too low");
    assertThat(web3j.ethSyncing().send().isSyncing()).isFalse();
    assertThat(web3j.ethMining().send().isMining()).isFalse();
    assertThat(web3j.ethHashrate().send().getHashrate()).isZero();
    assertThat(web3j.ethGetTransactionReceipt("0x" + "00".repeat(32)).send().getResult()).isNull();
  }

  private static long nonce(final DefaultBlockParameterName block) throws IOException {
    return web3j
        .ethGetTransactionCount(SENDER, block)
        .send()
        .getTransactionCount()
        .longValueExact();
  }

  private static TransactionReceipt sendAndWait(final Bytes envelope) throws IOException {
    final var sent = web3j.ethSendRawTransaction(envelope.toHexString()).send();
    assertThat(sent.hasError()).as("%s", Optional.ofNullable(sent.getError())).isFalse();
    Eventually.await(
        "receipt of " + sent.getTransactionHash(),
        () -> receipt(sent.getTransactionHash()).isPresent());
    return receipt(sent.getTransactionHash()).orElseThrow();
  }

  private static Optional<TransactionReceipt> receipt(final String hash) {
    try {
      return web3j.ethGetTransactionReceipt(hash).send().getTransactionReceipt();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
