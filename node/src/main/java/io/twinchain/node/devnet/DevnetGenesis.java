/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.contracts.genesis.SystemContractsConfig;
import io.twinchain.node.genesis.NetworkDescription;
import io.twinchain.node.genesis.NetworkGenerator;
import io.twinchain.node.genesis.SystemContractsSection;
import java.io.IOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Writes a fresh devnet into the layout's folder: the network description of {@code genesis
 * generate} (chain 2024, 5-second blocks, the dev accounts prefunded) with the layout's node counts
 * and ports, then {@code layout.json}. Node keys are drawn fresh for every devnet.
 */
public final class DevnetGenesis {
  static final long CHAIN_ID = 2024;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** ω of the devnet (assumption A-DEVNET-OMEGA): 3 GHz per AP over 100,000 hashes/s. */
  static final double CYCLES_PER_HASH = 30_000;

  private static final double MINER_HASH_RATE = 100_000;
  private static final int BLOCK_PERIOD_SECONDS = 5;
  private static final double RHO = 0.5;

  private DevnetGenesis() {}

  /** Generates the default devnet (DPRA, default slots) into {@code layout}. */
  public static void generate(final DevnetLayout layout) throws IOException {
    generate(layout, LoopChoice.defaults());
  }

  /**
   * Generates keys, genesis, allowlists and node configs with the slot loop as {@code choice} says,
   * then records the layout.
   */
  public static void generate(final DevnetLayout layout, final LoopChoice choice)
      throws IOException {
    new NetworkGenerator(new SecureRandom(), Clock.systemUTC())
        .generate(description(layout, blockPeriodSeconds(choice)), layout.dataDir());
    writeDevices(layout);
    DevnetLoopSettings.append(layout, choice);
    LayoutFile.write(layout);
  }

  private static void writeDevices(final DevnetLayout layout) throws IOException {
    final List<String> gateways = layout.gatewayNames();
    for (int g = 0; g < gateways.size(); g++) {
      final StringBuilder toml =
          new StringBuilder(
              "# Devices registered to " + gateways.get(g) + " (twinchain devnet).\n");
      for (final String device : layout.devicesOf(g)) {
        toml.append("\n[[device]]\nid = \"")
            .append(device)
            .append("\"\nnamespace = \"")
            .append(DevnetLayout.NAMESPACE)
            .append("\"\n");
      }
      Files.writeString(
          layout.dataDir().resolve(gateways.get(g)).resolve(DevnetLayout.DEVICES_FILE),
          toml.toString());
    }
  }

  /**
   * The genesis block period: the loop's slot when it is whole seconds, so that blocks, controller
   * decisions and the work receipts that ReputationRegistry counts per slot run on one slot clock
   * (with 5 s blocks and 1 s decisions, receipts carry slots the blocks' stake slot reaches only
   * minutes later and reputations do not move; A-CTRL-LIVE-ONE-SLOT); else 5 s.
   */
  static int blockPeriodSeconds(final LoopChoice choice) {
    return choice
        .slot()
        .filter(slot -> slot.toMillis() % 1000 == 0)
        .map(slot -> (int) slot.toSeconds())
        .orElse(BLOCK_PERIOD_SECONDS);
  }

  /**
   * δ_0 of genesis for {@code accessPoints} APs and a block period: 1,926,038 (0x1d6396) for three
   * at 5 s.
   */
  static long genesisDifficulty(final int accessPoints, final int blockPeriodSeconds) {
    final double initialReputation = SystemContractsConfig.DEFAULT_INITIAL_REPUTATION / 1e18;
    return Math.round(
        accessPoints
            * MINER_HASH_RATE
            * blockPeriodSeconds
            / StrictMath.exp(-RHO * initialReputation));
  }

  static NetworkDescription description(final DevnetLayout layout, final int blockPeriodSeconds) {
    final ObjectNode genesis = MAPPER.createObjectNode();
    final ObjectNode config = genesis.putObject("config");
    config.put("chainId", CHAIN_ID);
    final ObjectNode consensus = config.putObject("consensus");
    consensus.put("blockPeriodSeconds", blockPeriodSeconds);
    consensus.put("baseDifficulty", 100_000);
    consensus.put("rho", RHO);
    consensus.put("difficultyFunction", "exponential");
    // ω such that an AP's whole 3 GHz (the controller's model) buys the miner's default 100,000
    // hashes/s: with the spec's ω = 1,000 the controller's allocation lifts every AP to 3 million
    // hashes/s, as much as a core hashes, and blocks come many times faster than the period.
    consensus.put("cyclesPerHash", CYCLES_PER_HASH);
    // What the layout's APs at that rate mine in one period, divided by exp(-ρ·R_init) =
    // exp(-0.25) since every AP starts at reputation 0.5: start retargeting there rather than at
    // 1, from which every hash wins.
    genesis.put(
        "difficulty",
        "0x" + Long.toHexString(genesisDifficulty(layout.accessPoints(), blockPeriodSeconds)));
    // 300,000,000 gas: a 5 s block holds 14,285 transfers (21,000 gas each), room for 2,000 tx/s of
    // transfers and receipts (tx-perf; at 100,000,000 every load block was full).
    genesis.put("gasLimit", "0x11e1a300");
    genesis.put("extraData", "0x7477696e636861696e2d6465766e6574");
    final ObjectNode alloc = genesis.putObject("alloc");
    for (final DevAccount account : DevAccount.all()) {
      alloc.putObject(account.address()).put("balance", DevAccount.BALANCE);
    }
    return new NetworkDescription(
        genesis,
        layout.accessPoints(),
        layout.gateways(),
        layout.host(),
        DevnetLayout.P2P_BASE + layout.portOffset(),
        DevnetLayout.RPC_BASE + layout.portOffset(),
        DevnetLayout.METRICS_BASE + layout.portOffset(),
        List.of(),
        List.of(),
        new SystemContractsSection(
            Optional.empty(),
            List.of(),
            SystemContractsConfig.DEFAULT_ETA,
            SystemContractsConfig.DEFAULT_INITIAL_REPUTATION));
  }
}
