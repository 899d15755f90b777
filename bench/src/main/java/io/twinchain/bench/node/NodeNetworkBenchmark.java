/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.node;

import io.twinchain.chain.block.Block;
import io.twinchain.chain.genesis.GenesisConfig;
import io.twinchain.chain.genesis.GenesisParser;
import io.twinchain.consensus.miner.MiningRate;
import io.twinchain.node.app.TwinchainNode;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Keys;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;

/**
 * The chain service on a loopback network of in-process nodes (real TLS, RocksDB, libevm): an AP
 * mining at genesis difficulty 1 (every hash wins, so the hash rate sets the block rate) and two
 * gateways. Measures (1) block propagation, the time from the AP publishing a block to both
 * gateways having it; (2) end-to-end transfers/s, signed transfers submitted to one gateway's pool
 * until the other gateway has them all in canonical blocks; (3) sync speed of a fresh node from
 * genesis, against the baseline of importing the same blocks locally through the same pipeline.
 *
 * <p>Run: {@code java --enable-native-access=ALL-UNNAMED -cp bench/target/benchmarks.jar
 * io.twinchain.bench.node.NodeNetworkBenchmark [blocks] [transfers]}.
 */
public final class NodeNetworkBenchmark {

  private static final double BLOCKS_PER_SECOND = 10;

  private NodeNetworkBenchmark() {}

  public static void main(final String[] args) throws Exception {
    final int blocks = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    final int transfers = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
    final Path root = Files.createTempDirectory("twinchain-node-bench");
    final BenchNode ap = new BenchNode("ap", root);
    final BenchNode first = new BenchNode("gateway-1", root);
    final BenchNode second = new BenchNode("gateway-2", root);
    final BenchNode fresh = new BenchNode("fresh", root);
    final List<BenchNode> all = List.of(ap, first, second, fresh);
    final Credentials sender = Credentials.create(Keys.createEcKeyPair());
    final Path genesisFile = root.resolve("genesis.json");
    Files.writeString(genesisFile, genesis(ap, sender));
    final GenesisConfig genesis = GenesisParser.parse(genesisFile);

    final Map<Bytes32, Long> published = new ConcurrentHashMap<>();
    final Map<Bytes32, Long> reachedFirst = new ConcurrentHashMap<>();
    final Map<Bytes32, Long> reachedSecond = new ConcurrentHashMap<>();
    final AtomicLong transfersSeen = new AtomicLong();
    final AtomicLong apHead = new AtomicLong();
    final TwinchainNode apNode =
        ap.start(genesis, genesisFile, all, Optional.of(new MiningRate(BLOCKS_PER_SECOND)));
    apNode.chain().events().onCanonicalBlock(b -> stamp(published, b, apHead));
    final TwinchainNode firstNode = first.start(genesis, genesisFile, all, Optional.empty());
    firstNode.chain().events().onCanonicalBlock(b -> stamp(reachedFirst, b, new AtomicLong()));
    final TwinchainNode secondNode = second.start(genesis, genesisFile, all, Optional.empty());
    secondNode
        .chain()
        .events()
        .onCanonicalBlock(
            b -> {
              stamp(reachedSecond, b, new AtomicLong());
              transfersSeen.addAndGet(b.body().transactions().size());
            });
    waitFor(() -> !reachedSecond.isEmpty() && !reachedFirst.isEmpty());

    final List<Bytes> signed = transfers(sender, transfers, genesis.chainId());
    final long submitStart = System.nanoTime();
    for (final Bytes envelope : signed) {
      firstNode.transactionPool().submit(envelope);
    }
    waitFor(() -> transfersSeen.get() >= transfers);
    final double transferSeconds = (System.nanoTime() - submitStart) / 1e9;
    waitFor(() -> apHead.get() >= blocks);
    apNode.chain().miner().orElseThrow().setMiningRate(MiningRate.PAUSED);
    final long head = apHead.get();
    waitFor(() -> reachedSecond.size() >= head && reachedFirst.size() >= head);
    final List<Long> delays = propagation(published, reachedFirst, reachedSecond);

    final AtomicLong freshHead = new AtomicLong();
    final long syncStart = System.nanoTime();
    final TwinchainNode freshNode = fresh.start(genesis, genesisFile, all, Optional.empty());
    freshNode.chain().events().onCanonicalBlock(b -> freshHead.set(b.header().number()));
    waitFor(() -> freshHead.get() >= head);
    final double syncSeconds = (System.nanoTime() - syncStart) / 1e9;
    for (final TwinchainNode node : List.of(freshNode, secondNode, firstNode, apNode)) {
      node.close();
    }
    final double localSeconds = LocalImportBaseline.seconds(ap.dir, root.resolve("local"), genesis);

    report(delays, transfers, transferSeconds, head, syncSeconds, localSeconds);
  }

  private static void stamp(final Map<Bytes32, Long> at, final Block block, final AtomicLong head) {
    at.putIfAbsent(block.hash(), System.nanoTime());
    head.accumulateAndGet(block.header().number(), Math::max);
  }

  private static List<Long> propagation(
      final Map<Bytes32, Long> published,
      final Map<Bytes32, Long> first,
      final Map<Bytes32, Long> second) {
    final List<Long> delays = new ArrayList<>();
    published.forEach(
        (hash, at) -> {
          if (first.containsKey(hash) && second.containsKey(hash)) {
            delays.add(Math.max(first.get(hash), second.get(hash)) - at);
          }
        });
    delays.sort(Long::compare);
    return delays;
  }

  private static void report(
      final List<Long> delays,
      final int transfers,
      final double transferSeconds,
      final long blocks,
      final double syncSeconds,
      final double localSeconds) {
    System.out.printf(
        "propagation AP -> both gateways over %d blocks: median %.2f ms, p95 %.2f ms, max %.2f ms%n",
        delays.size(),
        delays.get(delays.size() / 2) / 1e6,
        delays.get((int) (delays.size() * 0.95)) / 1e6,
        delays.getLast() / 1e6);
    System.out.printf(
        "transfers end to end: %d in %.2f s = %.0f tx/s%n",
        transfers, transferSeconds, transfers / transferSeconds);
    System.out.printf(
        "sync from genesis: %d blocks in %.2f s = %.0f blocks/s; local import baseline %.2f s ="
            + " %.0f blocks/s; ratio %.3f%n",
        blocks,
        syncSeconds,
        blocks / syncSeconds,
        localSeconds,
        blocks / localSeconds,
        localSeconds / syncSeconds);
  }

  private static List<Bytes> transfers(
      final Credentials sender, final int count, final long chainId) {
    final List<Bytes> signed = new ArrayList<>();
    final String to = "0x00000000000000000000000000000000000000b0";
    for (int nonce = 0; nonce < count; nonce++) {
      final RawTransaction raw =
          RawTransaction.createEtherTransaction(
              BigInteger.valueOf(nonce),
              BigInteger.ONE,
              BigInteger.valueOf(21_000),
              to,
              BigInteger.ONE);
      signed.add(Bytes.wrap(TransactionEncoder.signMessage(raw, chainId, sender)));
    }
    return signed;
  }

  private static String genesis(final BenchNode ap, final Credentials sender) {
    return "{\"config\":{\"chainId\":4343,\"consensus\":{\"blockPeriodSeconds\":1,"
        + "\"baseDifficulty\":1,\"rho\":0.5,\"difficultyFunction\":\"exponential\"}},"
        + "\"difficulty\":\"0x1\",\"gasLimit\":\"0x5f5e1000\",\"alloc\":{\""
        + sender.getAddress()
        + "\":{\"balance\":\"0xad78ebc5ac6200000\"}},\"accessPoints\":[\""
        + ap.key.address()
        + "\"]}";
  }

  private static void waitFor(final BooleanSupplier condition) throws InterruptedException {
    final long deadline = System.nanoTime() + 600_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("benchmark condition not reached in 10 minutes");
      }
      Thread.sleep(5);
    }
  }

}
