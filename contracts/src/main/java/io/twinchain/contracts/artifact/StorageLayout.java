/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.artifact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * solc's storage layout of one contract: the slot and byte offset of each state variable, so
 * genesis storage and storage proofs address variables by name rather than by hard-coded slots.
 */
public final class StorageLayout {

  /** Where one state variable lives: its 32-byte slot and its byte offset from the low end. */
  public record Variable(String label, BigInteger slot, int offset, String type) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Variable> variables;

  private StorageLayout(final Map<String, Variable> variables) {
    this.variables = Map.copyOf(variables);
  }

  /** Parses the {@code <Name>.storage.json} file that compile.mjs writes. */
  public static StorageLayout parse(final String json) {
    try {
      final Map<String, Variable> variables = new LinkedHashMap<>();
      for (JsonNode node : JSON.readTree(json).path("storage")) {
        final String label = node.path("label").asText();
        variables.put(
            label,
            new Variable(
                label,
                new BigInteger(node.path("slot").asText()),
                node.path("offset").asInt(),
                node.path("type").asText()));
      }
      return new StorageLayout(variables);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("malformed storage layout", e);
    }
  }

  /**
   * The variable of that name.
   *
   * @throws IllegalArgumentException when the contract has no such state variable
   */
  public Variable variable(final String label) {
    final Variable variable = variables.get(label);
    if (variable == null) {
      throw new IllegalArgumentException(
          "no state variable '" + label + "'; known: " + variables.keySet());
    }
    return variable;
  }
}
