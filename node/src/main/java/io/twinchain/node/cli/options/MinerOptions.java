/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.cli.options;

import io.twinchain.consensus.miner.MiningRate;
import io.twinchain.node.chain.MinerSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Mining on an AP node: on or off, threads, the hash rate until the controller sets one. */
public final class MinerOptions {

  @Option(
      names = "--miner-enabled",
      arity = "1",
      paramLabel = "BOOL",
      description = "Mine blocks when the role is ap (default: ${DEFAULT-VALUE}).",
      defaultValue = "true")
  private boolean enabled;

  @Option(
      names = "--miner-threads",
      paramLabel = "N",
      description =
          "Mining threads; the hash rate is split between them (default: ${DEFAULT-VALUE}).",
      defaultValue = "1")
  private int threads;

  @Option(
      names = "--miner-hash-rate",
      paramLabel = "HASHES",
      description =
          "Hashes per second until the controller allocates a rate; 0 means unthrottled"
              + " (default: ${DEFAULT-VALUE}).",
      defaultValue = "100000")
  private double hashRate;

  @Option(
      names = "--miner-max-transactions",
      paramLabel = "N",
      description =
          "Most pending transactions per mined block; the block gas limit bounds it too"
              + " (default: ${DEFAULT-VALUE}).",
      defaultValue = "10000")
  private int maxTransactions;

  /** The settings, or a parameter error naming the bad key. */
  public MinerSettings settings(final CommandSpec spec) {
    OptionChecks.atLeast(spec, "miner-threads", threads, 1);
    OptionChecks.atLeast(spec, "miner-max-transactions", maxTransactions, 0);
    if (!(hashRate >= 0) || Double.isInfinite(hashRate)) {
      throw new ParameterException(
          spec.commandLine(), "miner-hash-rate: " + hashRate + " is not a rate >= 0");
    }
    return new MinerSettings(
        enabled,
        threads,
        hashRate == 0 ? MiningRate.UNTHROTTLED : new MiningRate(hashRate),
        maxTransactions);
  }
}
