/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * Sustained transaction throughput of a running network, from a separate process: signed 1-wei
 * transfers and work-receipt submissions sent with {@code eth_sendRawTransaction} to the nodes'
 * JSON-RPC at a fixed rate, counted in the canonical blocks of the first node until all are mined.
 *
 * <p>Run against {@code ./twinchain devnet up --detach} (after {@code mvn -pl node,bench -am
 * package -DskipTests}): {@code java -cp
 * "bench/target/classes:node/target/classes:node/target/lib/*"
 * io.twinchain.bench.load.TxThroughputLoad --rpc http://127.0.0.1:8545,http://127.0.0.1:8555
 * --accounts 64 --rate 2000 --duration 30 --receipt-every 4 --gateway-key
 * devnet-data/gateway-1/key}.
 */
public final class TxThroughputLoad {

  private static final int TICK_MILLIS = 20;

  private TxThroughputLoad() {}

  public static void main(final String[] args) throws Exception {
    final LoadSettings settings = LoadSettings.parse(args);
    final List<RpcClient> clients = settings.rpcUrls().stream().map(RpcClient::new).toList();
    final RpcClient counterRpc = clients.getFirst();
    final long chainId =
        Numeric.decodeQuantity(counterRpc.call("eth_chainId").asText()).longValueExact();
    final List<Credentials> accounts = LoadAccounts.derive(settings.accounts());
    final List<Credentials> funders = new ArrayList<>();
    for (final Path key : settings.funderKeys()) {
      funders.add(LoadAccounts.fromKeyFile(key));
    }
    final List<String> addresses = accounts.stream().map(Credentials::getAddress).toList();
    // The devnet allowlists only its prefunded accounts; the load's join them on every node.
    clients.forEach(client -> client.call("perm_addAccountsToAllowlist", addresses));
    LoadAccounts.fund(counterRpc, chainId, funders, accounts);
    final long[] nonces =
        accounts.stream().mapToLong(a -> LoadAccounts.pendingNonce(counterRpc, a)).toArray();
    final int total = settings.rate() * settings.duration();
    final long signStart = System.nanoTime();
    final List<String> envelopes =
        new LoadTransactions(
                chainId,
                accounts,
                settings.receiptEvery(),
                LoadAccounts.fromKeyFile(settings.gatewayKey()))
            .sign(total, nonces);
    System.out.printf(
        "signed %d transactions in %.1f s%n", total, (System.nanoTime() - signStart) / 1e9);
    final Set<String> hashes = new HashSet<>();
    envelopes.forEach(e -> hashes.add(Hash.sha3(e).toLowerCase(java.util.Locale.ROOT)));
    final MinedCounter counter =
        new MinedCounter(
            counterRpc,
            hashes,
            Numeric.decodeQuantity(counterRpc.call("eth_blockNumber").asText()).longValue() + 1);
    final Thread counting = Thread.ofPlatform().name("mined-counter").start(counter);
    final Map<String, AtomicLong> refusals = new ConcurrentHashMap<>();
    final long start = System.nanoTime();
    send(envelopes, accounts.size(), clients, settings.rate(), refusals);
    final double sendSeconds = (System.nanoTime() - start) / 1e9;
    final long refused = refusals.values().stream().mapToLong(AtomicLong::get).sum();
    awaitMined(counter, total - refused, settings.drainSeconds());
    counter.stop();
    counting.join();
    new LoadReport(settings, total, refused, refusals, sendSeconds, start, counter).print();
  }

  /** Paces the envelopes at {@code rate}, each account's to one client, in nonce order. */
  private static void send(
      final List<String> envelopes,
      final int accounts,
      final List<RpcClient> clients,
      final int rate,
      final Map<String, AtomicLong> refusals)
      throws InterruptedException {
    final List<ExecutorService> lanes =
        clients.stream().map(c -> Executors.newSingleThreadExecutor()).toList();
    final long start = System.nanoTime();
    int sent = 0;
    while (sent < envelopes.size()) {
      final long due =
          Math.min(envelopes.size(), (long) ((System.nanoTime() - start) / 1e9 * rate) + 1);
      final List<List<String>> perClient =
          IntStream.range(0, clients.size())
              .mapToObj(i -> (List<String>) new ArrayList<String>())
              .toList();
      for (; sent < due; sent++) {
        perClient.get((sent % accounts) % clients.size()).add(envelopes.get(sent));
      }
      for (int c = 0; c < clients.size(); c++) {
        final RpcClient client = clients.get(c);
        final List<String> batch = perClient.get(c);
        if (!batch.isEmpty()) {
          lanes
              .get(c)
              .execute(
                  () ->
                      client
                          .sendRaw(batch)
                          .forEach(
                              error ->
                                  refusals
                                      .computeIfAbsent(error, k -> new AtomicLong())
                                      .incrementAndGet()));
        }
      }
      Thread.sleep(TICK_MILLIS);
    }
    for (final ExecutorService lane : lanes) {
      lane.shutdown();
      lane.awaitTermination(10, TimeUnit.MINUTES);
    }
  }

  private static void awaitMined(
      final MinedCounter counter, final long expected, final int drainSeconds)
      throws InterruptedException {
    long lastProgress = System.nanoTime();
    long last = counter.mined();
    while (counter.mined() < expected
        && System.nanoTime() - lastProgress < drainSeconds * 1_000_000_000L) {
      Thread.sleep(500);
      if (counter.mined() > last) {
        last = counter.mined();
        lastProgress = System.nanoTime();
      }
    }
  }
}
