/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.chain;

import io.twinchain.chain.genesis.GenesisConfig;
import io.twinchain.chain.store.Blockchain;
import io.twinchain.chain.store.ChainDatabase;
import io.twinchain.chain.txpool.TransactionPool;
import io.twinchain.consensus.miner.Miner;
import io.twinchain.consensus.miner.TimeProvider;
import io.twinchain.consensus.schedule.ConsensusConfig;
import io.twinchain.consensus.schedule.ProtocolSchedule;
import io.twinchain.node.p2p.P2PNetwork;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.web3j.abi.datatypes.Address;

/**
 * The node's chain: one import pipeline for mined, gossiped and synced blocks (header rules of the
 * genesis's protocol schedule with the chain's reputation source, execution, storage, fork choice),
 * block and transaction gossip, range sync, and for an AP the miner. Handlers are registered at
 * construction, so build it before the network starts.
 */
public final class ChainService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ChainService.class);

  private static final Duration TICK = Duration.ofSeconds(1);

  private final ChainEvents events = new ChainEvents();
  private final ChainThread chainThread = new ChainThread();
  private final BlockImportPipeline pipeline;
  private final ChainSync sync;
  private final Optional<Miner> miner;
  private final HashRateMeter hashRate;
  private final TransactionGossip transactionGossip;

  /**
   * Wires the chain service.
   *
   * @param database the node's open ledger
   * @param genesis the genesis it was initialised from
   * @param network the P2P network, not yet started
   * @param pool the transaction pool: gossiped transactions go in, the miner takes from it
   * @param coinbase the address this node mines for, if it mines (an AP with mining enabled)
   * @param mining how it mines
   */
  public ChainService(
      final ChainDatabase database,
      final GenesisConfig genesis,
      final P2PNetwork network,
      final TransactionPool pool,
      final Optional<Address> coinbase,
      final MinerSettings mining) {
    final Blockchain chain = database.blockchain();
    final ConsensusConfig consensus = ConsensusConfig.fromGenesis(genesis);
    final ProtocolSchedule schedule =
        ProtocolSchedule.create(
            consensus,
            ChainReputation.of(genesis, chain.genesis(), database.worldState()),
            TimeProvider.system());
    final PeerPenalties penalties = new PeerPenalties(network);
    this.pipeline =
        BlockImportPipeline.create(
            database,
            schedule,
            consensus.maxFutureSeconds(),
            events,
            TimeProvider.system(),
            (origin, outcome) -> origin.peer().ifPresent(penalties::invalidMessage));
    this.sync = new ChainSync(network, pipeline, chain, chainThread);
    sync.register();
    new BlockGossip(network, pipeline, sync, chainThread).register();
    new BlockRangeServer(
            network,
            new StoredBlocks(chain, database.transactionDecoder()),
            network.maxFrameLength())
        .register();
    this.transactionGossip =
        new TransactionGossip(network, pool, database.transactionDecoder(), penalties);
    transactionGossip.register();
    this.miner =
        coinbase
            .filter(address -> isAccessPoint(address, genesis))
            .map(
                address ->
                    MinerFactory.create(
                        address,
                        mining,
                        schedule,
                        database,
                        genesis.chainId(),
                        pool::select,
                        pipeline,
                        sync));
    this.hashRate = new HashRateMeter(miner);
  }

  private static boolean isAccessPoint(final Address address, final GenesisConfig genesis) {
    if (genesis.accessPoints().contains(address)) {
      return true;
    }
    LOG.warn("Not mining: {} is not an access point of the genesis", address);
    return false;
  }

  /** Starts the sync clock and the miner. */
  public void start() {
    chainThread.every(
        TICK,
        () -> {
          pipeline.retryDue();
          sync.tick();
          hashRate.sample();
        });
    miner.ifPresent(Miner::start);
  }

  /** Canonical-chain notifications, published by the import pipeline. */
  public ChainEvents events() {
    return events;
  }

  /** Sync progress for {@code eth_syncing}. */
  public SyncStatusQuery syncStatus() {
    return sync;
  }

  /** The AP's miner, whose rate the controller sets; empty on nodes that do not mine. */
  public Optional<Miner> miner() {
    return miner;
  }

  /** Hashes per second the miner tried over the last second; 0 when not mining. */
  public long hashesPerSecond() {
    return hashRate.hashesPerSecond();
  }

  /** The single entry for blocks, e.g. for tools that import a file of blocks. */
  public BlockImportPipeline pipeline() {
    return pipeline;
  }

  @Override
  public void close() throws InterruptedException {
    if (miner.isPresent()) {
      miner.get().close();
    }
    transactionGossip.close();
    chainThread.close();
  }
}
