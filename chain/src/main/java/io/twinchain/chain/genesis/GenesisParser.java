/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.genesis;

import static io.twinchain.chain.genesis.JsonFields.required;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.twinchain.chain.validation.ExtraDataSizeRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;
import org.web3j.abi.datatypes.Address;

/**
 * Reads {@code genesis.json} (layout in {@code docs/chain.md}): {@code config.chainId}, {@code
 * config.consensus}, {@code timestamp}, {@code gasLimit}, {@code difficulty}, {@code extraData},
 * {@code alloc}, {@code accessPoints}, {@code gateways}. Unknown fields (e.g. {@code comment}) are
 * ignored. Every problem is a {@link GenesisException} naming the field.
 */
public final class GenesisParser {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GenesisParser() {}

  /** Parses the genesis file at {@code path}. */
  public static GenesisConfig parse(final Path path) {
    try {
      return parse(Files.readString(path));
    } catch (final IOException e) {
      throw new UncheckedIOException("cannot read genesis file " + path, e);
    }
  }

  /** Parses genesis JSON text. */
  public static GenesisConfig parse(final String json) {
    final JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (final JsonProcessingException e) {
      throw new GenesisException("$", "is not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new GenesisException("$", "must be a JSON object");
    }
    final JsonNode config = required(root, "config", "config");
    final Bytes extraData =
        root.has("extraData") ? JsonFields.hex(root.get("extraData"), "extraData") : Bytes.EMPTY;
    if (extraData.size() > ExtraDataSizeRule.DEFAULT_MAX_BYTES) {
      throw new GenesisException("extraData", "must be at most 32 bytes");
    }
    return new GenesisConfig(
        JsonFields.longQuantity(required(config, "chainId", "config.chainId"), "config.chainId"),
        consensus(required(config, "consensus", "config.consensus")),
        JsonFields.longQuantity(required(root, "timestamp", "timestamp"), "timestamp"),
        JsonFields.longQuantity(required(root, "gasLimit", "gasLimit"), "gasLimit"),
        root.has("difficulty")
            ? UInt256.valueOf(JsonFields.quantity(root.get("difficulty"), "difficulty"))
            : UInt256.ONE,
        extraData,
        alloc(required(root, "alloc", "alloc")),
        addressList(root, "accessPoints"),
        addressList(root, "gateways"));
  }

  private static List<Address> addressList(final JsonNode root, final String name) {
    return root.has(name) ? JsonFields.addresses(root.get(name), name) : List.of();
  }

  private static ConsensusParameters consensus(final JsonNode node) {
    final String path = "config.consensus.";
    final long period =
        JsonFields.longQuantity(
            required(node, "blockPeriodSeconds", path + "blockPeriodSeconds"),
            path + "blockPeriodSeconds");
    final double base =
        JsonFields.real(
            required(node, "baseDifficulty", path + "baseDifficulty"), path + "baseDifficulty");
    if (base < 1) {
      throw new GenesisException(path + "baseDifficulty", "must be at least 1");
    }
    final double rho = JsonFields.real(required(node, "rho", path + "rho"), path + "rho");
    final String function =
        JsonFields.text(
            required(node, "difficultyFunction", path + "difficultyFunction"),
            path + "difficultyFunction");
    return new ConsensusParameters(period, base, rho, function, cyclesPerHash(node, path));
  }

  private static OptionalDouble cyclesPerHash(final JsonNode node, final String path) {
    if (!node.has("cyclesPerHash")) {
      return OptionalDouble.empty();
    }
    final double omega = JsonFields.real(node.get("cyclesPerHash"), path + "cyclesPerHash");
    if (!(omega > 0) || Double.isInfinite(omega)) {
      throw new GenesisException(path + "cyclesPerHash", "must be a finite number above 0");
    }
    return OptionalDouble.of(omega);
  }

  private static Map<Address, GenesisAccount> alloc(final JsonNode node) {
    if (!node.isObject()) {
      throw new GenesisException("alloc", "must be an object keyed by address");
    }
    final Map<Address, GenesisAccount> accounts = new LinkedHashMap<>();
    for (final var entry : node.properties()) {
      final String path = "alloc." + entry.getKey();
      final Address address = JsonFields.address(entry.getKey(), path);
      if (accounts.put(address, account(entry.getValue(), path)) != null) {
        throw new GenesisException(path, "is listed twice");
      }
    }
    return accounts;
  }

  private static GenesisAccount account(final JsonNode node, final String path) {
    if (!node.isObject()) {
      throw new GenesisException(path, "must be an object");
    }
    final BigInteger balance =
        node.has("balance")
            ? JsonFields.quantity(node.get("balance"), path + ".balance")
            : BigInteger.ZERO;
    final long nonce =
        node.has("nonce") ? JsonFields.longQuantity(node.get("nonce"), path + ".nonce") : 0;
    final Bytes code =
        node.has("code") ? JsonFields.hex(node.get("code"), path + ".code") : Bytes.EMPTY;
    final Map<Bytes32, Bytes32> storage = new LinkedHashMap<>();
    if (node.has("storage")) {
      for (final var slot : node.get("storage").properties()) {
        final String slotPath = path + ".storage." + slot.getKey();
        storage.put(
            JsonFields.word(slot.getKey(), slotPath),
            JsonFields.word(JsonFields.text(slot.getValue(), slotPath), slotPath));
      }
    }
    return new GenesisAccount(balance, nonce, code, storage);
  }
}
