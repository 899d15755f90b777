/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.revert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.twinchain.contracts.artifact.ContractArtifact;
import io.twinchain.contracts.genesis.SystemContract;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.tuweni.bytes.Bytes;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Type;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * Decodes revert data into a {@link RevertReason}: {@code Error(string)}, {@code Panic(uint256)}
 * and every custom error declared in the ABIs it was given (the system contracts' by default).
 */
public final class RevertReasonDecoder {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ERROR_STRING = "Error(string)";
  private static final String PANIC = "Panic(uint256)";

  private record ErrorSignature(String name, List<String> types) {}

  private final Map<Bytes, ErrorSignature> bySelector = new HashMap<>();

  /** A decoder that knows the custom errors of the given ABIs (JSON arrays as solc emits). */
  public RevertReasonDecoder(final List<String> abiJsons) {
    register(new ErrorSignature("Error", List.of("string")));
    register(new ErrorSignature("Panic", List.of("uint256")));
    abiJsons.forEach(this::registerAbi);
  }

  /** A decoder for the custom errors of every system contract. */
  public static RevertReasonDecoder forSystemContracts() {
    return withArtifacts(List.of());
  }

  /** A decoder for the system contracts plus the given contracts' artifacts. */
  public static RevertReasonDecoder withArtifacts(final List<ContractArtifact> extra) {
    final List<String> abis = new ArrayList<>();
    for (SystemContract contract : SystemContract.values()) {
      abis.add(contract.artifact().abiJson());
    }
    extra.forEach(artifact -> abis.add(artifact.abiJson()));
    return new RevertReasonDecoder(abis);
  }

  /** Decodes revert return data; never throws on malformed data (it becomes UNKNOWN). */
  public RevertReason decode(final Bytes data) {
    final String raw = data.toHexString();
    if (data.isEmpty()) {
      return new RevertReason(RevertReason.Kind.EMPTY, "", List.of(), raw);
    }
    final ErrorSignature signature = data.size() < 4 ? null : bySelector.get(data.slice(0, 4));
    if (signature == null) {
      return new RevertReason(RevertReason.Kind.UNKNOWN, "", List.of(), raw);
    }
    try {
      final List<String> arguments = decodeArguments(signature, data.slice(4));
      return new RevertReason(kindOf(signature), signature.name(), arguments, raw);
    } catch (RuntimeException malformed) {
      return new RevertReason(RevertReason.Kind.UNKNOWN, signature.name(), List.of(), raw);
    }
  }

  private static RevertReason.Kind kindOf(final ErrorSignature signature) {
    return switch (signature.name() + "(" + String.join(",", signature.types()) + ")") {
      case ERROR_STRING -> RevertReason.Kind.ERROR_STRING;
      case PANIC -> RevertReason.Kind.PANIC;
      default -> RevertReason.Kind.CUSTOM_ERROR;
    };
  }

  private static List<String> decodeArguments(final ErrorSignature signature, final Bytes body) {
    final List<TypeReference<Type>> references = new ArrayList<>();
    for (String type : signature.types()) {
      references.add(reference(type));
    }
    @SuppressWarnings({"unchecked", "rawtypes"})
    final List<Type> values = FunctionReturnDecoder.decode(body.toHexString(), (List) references);
    if (values.size() != references.size()) {
      throw new IllegalArgumentException("revert data too short for " + signature);
    }
    final List<String> rendered = new ArrayList<>();
    for (Type value : values) {
      rendered.add(render(value));
    }
    return rendered;
  }

  @SuppressWarnings("unchecked")
  private static TypeReference<Type> reference(final String type) {
    try {
      return (TypeReference<Type>) TypeReference.makeTypeReference(type);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("unsupported ABI type " + type, e);
    }
  }

  private static String render(final Type value) {
    final Object plain = value.getValue();
    return plain instanceof byte[] bytes ? Numeric.toHexString(bytes) : String.valueOf(plain);
  }

  private void registerAbi(final String abiJson) {
    try {
      for (JsonNode entry : JSON.readTree(abiJson)) {
        if ("error".equals(entry.path("type").asText())) {
          final List<String> types = new ArrayList<>();
          entry.path("inputs").forEach(input -> types.add(input.path("type").asText()));
          register(new ErrorSignature(entry.path("name").asText(), types));
        }
      }
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("malformed ABI", e);
    }
  }

  private void register(final ErrorSignature signature) {
    final String canonical = signature.name() + "(" + String.join(",", signature.types()) + ")";
    bySelector.put(
        Bytes.wrap(Hash.sha3(canonical.getBytes(StandardCharsets.UTF_8))).slice(0, 4), signature);
  }
}
