/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.query;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.reputation.DifficultyFunction;
import io.twinchain.chain.state.MissingStateException;
import io.twinchain.consensus.difficulty.FixedPointReputation;
import io.twinchain.consensus.difficulty.ReputationWeightedTarget;
import io.twinchain.contracts.reader.ReputationRegistryReader;
import io.twinchain.node.consensus.RegistryReputationSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.web3j.abi.datatypes.Address;

/**
 * {@link ReputationQueries} over the ReputationRegistry contract (A-RPC-REP-DIFFICULTY), read with
 * the contracts module's {@link ReputationRegistryReader} exactly as consensus reads its stake
 * ({@link RegistryReputationSource}), and weighted by the milestone's difficulty function as the
 * miner's target is (consensus {@code MinerTargets}). Answers are kept by block hash ({@link
 * ReputationMemo}).
 */
public final class RegistryReputationQueries implements ReputationQueries {

  private final BlockchainQueries chain;
  private final ReputationRegistryReader reader;
  private final RegistryReputationSource stakes;
  private final LongFunction<DifficultyFunction> difficultyAt;
  private final ReputationMemo memo = new ReputationMemo(4096);

  /**
   * @param chain the canonical chain
   * @param reader reads the registry in any stored state
   * @param stakes consensus's stake source (genesis APs plus APs with receipts)
   * @param difficultyAt the difficulty function of the milestone active at a block number
   */
  public RegistryReputationQueries(
      final BlockchainQueries chain,
      final ReputationRegistryReader reader,
      final RegistryReputationSource stakes,
      final LongFunction<DifficultyFunction> difficultyAt) {
    this.chain = chain;
    this.reader = reader;
    this.stakes = stakes;
    this.difficultyAt = difficultyAt;
  }

  @Override
  public Optional<ApReputation> reputation(final Address ap, final long number) {
    return chain
        .canonicalHeader(number)
        .map(
            header -> {
              final long slot = RegistryReputationSource.stakeSlot(header);
              return memo.get(
                  header, ap, slot, () -> weighted(header, ap, slot, read(header, ap, slot)));
            });
  }

  @Override
  public Optional<List<ApReputation>> all(final long number) {
    return chain
        .canonicalHeader(number)
        .map(
            header -> {
              final List<ApReputation> all = new ArrayList<>();
              stakes
                  .wadsAt(header)
                  .forEach(
                      (ap, wad) ->
                          all.add(
                              weighted(
                                  header, ap, RegistryReputationSource.stakeSlot(header), wad)));
              return all;
            });
  }

  @Override
  public List<ApReputation> history(final Address ap, final long fromSlot, final long toSlot) {
    final BlockHeader head = chain.canonicalHeader(chain.headNumber()).orElseThrow();
    final List<ApReputation> history = new ArrayList<>();
    for (long slot = fromSlot; slot <= toSlot; slot++) {
      final long at = slot;
      history.add(memo.get(head, ap, at, () -> weighted(head, ap, at, read(head, ap, at))));
    }
    return history;
  }

  private ApReputation weighted(
      final BlockHeader header, final Address ap, final long slot, final long wad) {
    final long base = header.difficulty().toLong();
    final double difficulty =
        new ReputationWeightedTarget(difficultyAt.apply(header.number() + 1))
            .difficulty(base, new FixedPointReputation(wad).toDouble());
    return new ApReputation(ap, slot, wad, base, difficulty);
  }

  private long read(final BlockHeader header, final Address ap, final long slot) {
    try {
      return reader.reputationAt(header, ap, slot);
    } catch (MissingStateException e) {
      throw new IllegalStateException("state of block " + header.number() + " is missing", e);
    }
  }
}
