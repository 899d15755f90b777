/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.node;

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
 * <p>Run (after {@code mvn -pl node,bench -am package}): {@code java
 * --enable-native-access=ALL-UNNAMED -cp
 * "bench/target/classes:node/target/classes:node/target/lib/*"
 * io.twinchain.bench.node.NodeNetworkBenchmark [blocks] [transfers]}.
 */
public final class NodeNetworkBenchmark {

  private static final double BLOCKS_PER_SECOND = 10;

  private NodeNetworkBenchmark() {}

  /** Arrival times of blocks at one node, and its highest canonical block and transfer count. */
  private record Watch(Map<Bytes32, Long> at, AtomicLong head, AtomicLong transactions) {
    static Watch on(final TwinchainNode node) {
      final Watch watch = new Watch(new ConcurrentHashMap<>(), new AtomicLong(), new AtomicLong());
      node.chain()
          .events()
          .onCanonicalBlock(
              block -> {
                watch.at().putIfAbsent(block.hash(), System.nanoTime());
                watch.head().accumulateAndGet(block.header().number(), Math::max);
                watch.transactions().addAndGet(block.body().transactions().size());
              });
      return watch;
    }
  }

  public static void main(final String[] args) throws Exception {
    final int blocks = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    final int transfers = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
    final Path root = Files.createTempDirectory("twinchain-node-bench");
    final List<BenchNode> all = new ArrayList<>();
    for (final String name : List.of("ap", "gateway-1", "gateway-2", "fresh")) {
      all.add(new BenchNode(name, root));
    }
    final Credentials sender = Credentials.create(Keys.createEcKeyPair());
    final Path genesisFile = root.resolve("genesis.json");
    Files.writeString(genesisFile, genesis(all.getFirst(), sender));
    final GenesisConfig genesis = GenesisParser.parse(genesisFile);
    final List<TwinchainNode> running = new ArrayList<>();
    final List<Watch> watches = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      final Optional<MiningRate> mining =
          i == 0 ? Optional.of(new MiningRate(BLOCKS_PER_SECOND)) : Optional.empty();
      running.add(all.get(i).start(genesis, genesisFile, all, mining));
      watches.add(Watch.on(running.get(i)));
    }
    waitFor(() -> !watches.get(1).at().isEmpty() && !watches.get(2).at().isEmpty());
    final double transferSeconds =
        transferSeconds(running.get(1), watches.get(2), sender, transfers, genesis.chainId());
    waitFor(() -> watches.getFirst().head().get() >= blocks);
    running.getFirst().chain().miner().orElseThrow().setMiningRate(MiningRate.PAUSED);
    final long head = watches.getFirst().head().get();
    waitFor(() -> watches.get(1).head().get() >= head && watches.get(2).head().get() >= head);
    final List<Long> delays = propagation(watches);

    final long syncStart = System.nanoTime();
    running.add(all.get(3).start(genesis, genesisFile, all, Optional.empty()));
    final Watch fresh = Watch.on(running.get(3));
    waitFor(() -> fresh.head().get() >= head);
    final double syncSeconds = (System.nanoTime() - syncStart) / 1e9;
    for (final TwinchainNode node : running.reversed()) {
      node.close();
    }
    final double localSeconds =
        LocalImportBaseline.seconds(all.getFirst().dir, root.resolve("local"), genesis);
    report(delays, transfers, transferSeconds, head, syncSeconds, localSeconds);
  }

  private static double transferSeconds(
      final TwinchainNode entry,
      final Watch exit,
      final Credentials sender,
      final int count,
      final long chainId)
      throws InterruptedException {
    final List<Bytes> signed = transfers(sender, count, chainId);
    final long start = System.nanoTime();
    for (final Bytes envelope : signed) {
      entry.transactionPool().submit(envelope);
    }
    waitFor(() -> exit.transactions().get() >= count);
    return (System.nanoTime() - start) / 1e9;
  }

  /** Per block: from the AP publishing it until both gateways have it. */
  private static List<Long> propagation(final List<Watch> watches) {
    final List<Long> delays = new ArrayList<>();
    watches
        .getFirst()
        .at()
        .forEach(
            (hash, at) -> {
              final Long first = watches.get(1).at().get(hash);
              final Long second = watches.get(2).at().get(hash);
              if (first != null && second != null) {
                delays.add(Math.max(first, second) - at);
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
        + "\"timestamp\":\"0x0\",\"difficulty\":\"0x1\",\"gasLimit\":\"0x5f5e1000\",\"alloc\":{\""
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
