/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.rpc;

import io.twinchain.chain.genesis.ConsensusParameters;
import io.twinchain.chain.genesis.GenesisAccount;
import io.twinchain.chain.genesis.GenesisConfig;
import io.twinchain.chain.store.ChainDatabase;
import io.twinchain.chain.txpool.LedgerHeadState;
import io.twinchain.chain.txpool.TransactionPool;
import io.twinchain.chain.txpool.TransactionPoolConfig;
import io.twinchain.node.app.JsonRpcServices;
import io.twinchain.node.chain.ChainEvents;
import io.twinchain.node.metrics.NoOpMetricsSystem;
import io.twinchain.node.rpc.JsonRpcProcessor;
import io.twinchain.node.rpc.RpcApi;
import io.twinchain.node.rpc.http.JsonRpcHttpServer;
import io.twinchain.node.rpc.http.JsonRpcServerConfig;
import io.twinchain.node.rpc.methods.eth.EthMethods;
import io.twinchain.node.rpc.query.EthQueries;
import io.twinchain.node.rpc.query.IdleNode;
import io.twinchain.node.rpc.query.LedgerRpcBackend;
import io.vertx.core.Vertx;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;
import org.web3j.abi.datatypes.Address;

/**
 * A node's HTTP JSON-RPC ({@code eth_} namespace) over a real ledger on disk whose genesis funds
 * accounts {@code 0x…0001} to {@code 0x…03e8}, for wrk to load from another process ({@code
 * src/main/resources/rpc/eth_getBalance.lua}). Usage: {@code RpcReadServer <port> cached|uncached};
 * runs until killed. {@code uncached} is the baseline that opens a libevm state per read.
 */
public final class RpcReadServer {

  /** Accounts the genesis funds. */
  static final int ACCOUNTS = 1000;

  private RpcReadServer() {}

  public static void main(final String[] args) throws Exception {
    final int port = Integer.parseInt(args[0]);
    final boolean cached = "cached".equals(args[1]);
    final Path dir = Files.createTempDirectory("rpc-read-bench");
    final GenesisConfig genesis = genesis();
    final ChainDatabase database = ChainDatabase.open(dir, genesis);
    final TransactionPool pool =
        new TransactionPool(
            genesis.chainId(),
            new LedgerHeadState(database.blockchain(), database.worldState()),
            address -> true,
            TransactionPoolConfig.DEFAULT);
    final EthQueries queries =
        new LedgerRpcBackend(
                genesis.chainId(),
                database,
                new ChainEvents(),
                pool,
                new IdleNode(),
                BigInteger.ZERO)
            .queries();
    final EthQueries served =
        cached
            ? queries
            : new EthQueries(
                queries.chain(),
                new UncachedStateQueries(queries.blockchain(), database.worldState()),
                queries.pool(),
                queries.pending(),
                queries.mining(),
                queries.minGasPrice(),
                queries.maxLogBlockRange(),
                queries.subscriptions());
    final JsonRpcProcessor processor =
        JsonRpcServices.processor(
            List.of(new EthMethods(served)), Set.of(RpcApi.ETH), new NoOpMetricsSystem(), 1024);
    final JsonRpcServerConfig config =
        new JsonRpcServerConfig(
            "127.0.0.1", port, 4096, 1 << 20, List.of("localhost", "127.0.0.1"), List.of());
    final int bound = new JsonRpcHttpServer(Vertx.vertx(), config, processor).start().await();
    System.out.println("ready " + (cached ? "cached" : "uncached") + " on port " + bound);
  }

  private static GenesisConfig genesis() {
    final Map<Address, GenesisAccount> alloc = new LinkedHashMap<>();
    for (int i = 1; i <= ACCOUNTS; i++) {
      alloc.put(
          new Address(String.format("0x%040x", i)),
          new GenesisAccount(BigInteger.valueOf(1_000_000L + i), 0, Bytes.EMPTY, Map.of()));
    }
    return new GenesisConfig(
        1337,
        new ConsensusParameters(5, 1000, 0.5, "exponential"),
        0,
        100_000_000L,
        UInt256.ONE,
        Bytes.EMPTY,
        alloc,
        List.of(),
        List.of());
  }
}
