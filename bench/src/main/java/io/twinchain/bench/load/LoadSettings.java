/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.bench.load;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The load generator's options, {@code --name value} each. {@code --rpc} takes comma-separated
 * JSON-RPC URLs (each account sends to one of them; blocks are counted on the first).
 *
 * @param rpcUrls nodes to send to
 * @param accounts sending accounts (funded first)
 * @param rate transactions per second offered
 * @param duration seconds of sending
 * @param receiptEvery every n-th transaction is a work-receipt submission (0: transfers only)
 * @param gatewayKey key file of a devnet gateway, to sign the receipts
 * @param funderKeys key files of prefunded accounts
 * @param drainSeconds how long to wait without a newly mined transaction before giving up
 */
record LoadSettings(
    List<String> rpcUrls,
    int accounts,
    int rate,
    int duration,
    int receiptEvery,
    Path gatewayKey,
    List<Path> funderKeys,
    int drainSeconds) {

  private static final Set<String> NAMES =
      Set.of(
          "--rpc",
          "--accounts",
          "--rate",
          "--duration",
          "--receipt-every",
          "--gateway-key",
          "--funder-keys",
          "--drain");

  static LoadSettings parse(final String[] args) {
    final Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!NAMES.contains(args[i]) || i + 1 >= args.length) {
        throw new IllegalArgumentException("unknown option or missing value: " + args[i]);
      }
      values.put(args[i], args[i + 1]);
    }
    return new LoadSettings(
        Arrays.asList(values.getOrDefault("--rpc", "http://127.0.0.1:8545").split(",")),
        Integer.parseInt(values.getOrDefault("--accounts", "64")),
        Integer.parseInt(values.getOrDefault("--rate", "2000")),
        Integer.parseInt(values.getOrDefault("--duration", "30")),
        Integer.parseInt(values.getOrDefault("--receipt-every", "4")),
        Path.of(values.getOrDefault("--gateway-key", "devnet-data/gateway-1/key")),
        Arrays.stream(
                values
                    .getOrDefault(
                        "--funder-keys",
                        "network-config/keys/account-1.key,network-config/keys/account-2.key,"
                            + "network-config/keys/account-3.key,network-config/keys/account-4.key")
                    .split(","))
            .map(Path::of)
            .toList(),
        Integer.parseInt(values.getOrDefault("--drain", "60")));
  }
}
