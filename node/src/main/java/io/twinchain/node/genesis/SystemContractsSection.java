/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.genesis;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.contracts.genesis.SystemContractsConfig;
import io.twinchain.contracts.reputation.FixedPointEwma;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code systemContracts} section of a network description: who controls and administers the
 * system contracts placed in genesis. Members are named as generated nodes ({@code ap-1}, {@code
 * gateway-2}) or by {@code 0x} address.
 *
 * <p>[RECON] A-GENESIS-SYSTEM-CONTRACTS-DEFAULTS: without the section, the first gateway (or the
 * first AP when there is none) is the controller, every generated node is a Permissions admin, and
 * η and R_init take the spec's defaults (0.1 and 0.5, §6.3).
 *
 * @param controller the account allowed to write ControllerLog; empty for the default
 * @param admins Permissions admins; empty for every generated node
 * @param eta the EWMA weight η, scaled by 1e18
 * @param initialReputation R_init, scaled by 1e18
 */
public record SystemContractsSection(
    Optional<String> controller, List<String> admins, long eta, long initialReputation) {

  private static final Pattern MEMBER =
      Pattern.compile("(ap|gateway)-[1-9][0-9]*|0x[0-9a-fA-F]{40}");

  /** Copies the admins. */
  public SystemContractsSection {
    admins = List.copyOf(admins);
  }

  /** Reads {@code section} (possibly missing) of {@code file}, naming any bad key. */
  static SystemContractsSection parse(final Path file, final JsonNode section) {
    final Optional<String> controller =
        Optional.ofNullable(section.get("controller"))
            .map(node -> member(file, "controller", node));
    final List<String> admins = new ArrayList<>();
    section.path("admins").forEach(node -> admins.add(member(file, "admins", node)));
    return new SystemContractsSection(
        controller,
        admins,
        fraction(file, section, "eta", FixedPointEwma.MIN_ETA, SystemContractsConfig.DEFAULT_ETA),
        fraction(
            file,
            section,
            "initialReputation",
            0,
            SystemContractsConfig.DEFAULT_INITIAL_REPUTATION));
  }

  private static String member(final Path file, final String key, final JsonNode node) {
    if (!node.isTextual() || !MEMBER.matcher(node.asText()).matches()) {
      throw new InvalidGenesisException(
          file, "systemContracts." + key, "must name a node (ap-N, gateway-N) or a 0x address");
    }
    return node.asText();
  }

  /** The fraction at {@code key} scaled by 1e18, within [{@code min}, 1e18]. */
  private static long fraction(
      final Path file,
      final JsonNode section,
      final String key,
      final long min,
      final long fallback) {
    final JsonNode node = section.get(key);
    if (node == null) {
      return fallback;
    }
    final BigDecimal one = BigDecimal.valueOf(FixedPointEwma.ONE);
    final BigDecimal scaled = node.isNumber() ? node.decimalValue().multiply(one) : null;
    if (scaled == null
        || scaled.compareTo(BigDecimal.valueOf(min)) < 0
        || scaled.compareTo(one) > 0) {
      throw new InvalidGenesisException(
          file,
          "systemContracts." + key,
          "must be a number in [" + BigDecimal.valueOf(min).divide(one) + ", 1]");
    }
    return scaled.longValue();
  }

  /** Checks that every named node exists among {@code aps} APs and {@code gateways} gateways. */
  void checkMembers(final Path file, final int aps, final int gateways) {
    final List<String> members = new ArrayList<>(admins);
    controller.ifPresent(members::add);
    for (final String member : members) {
      final int dash = member.indexOf('-');
      if (dash > 0) {
        final int index = Integer.parseInt(member.substring(dash + 1));
        if (index > (member.startsWith("ap-") ? aps : gateways)) {
          throw new InvalidGenesisException(
              file, "systemContracts", "names " + member + ", which the network does not have");
        }
      }
    }
  }
}
