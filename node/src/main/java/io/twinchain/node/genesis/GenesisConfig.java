/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.genesis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.crypto.Hash;

/**
 * The parts of {@code genesis.json} the node needs before the ledger is open: the chain id and an
 * identifier of the genesis file. Until the chain module's genesis block is wired in, the genesis
 * identifier in the STATUS handshake is Keccak-256 of the file's bytes, so nodes started from
 * different genesis files refuse each other.
 *
 * @param chainId EIP-155 chain id ({@code config.chainId}), also the network id
 * @param fileHash Keccak-256 of the genesis file
 * @param json the whole document
 */
public record GenesisConfig(long chainId, Bytes32 fileHash, JsonNode json) {

  /** Reads and checks {@code file}; throws {@link InvalidGenesisException} naming the problem. */
  public static GenesisConfig load(final Path file) {
    final byte[] bytes;
    final JsonNode json;
    try {
      bytes = Files.readAllBytes(file);
      json = new ObjectMapper().readTree(bytes);
    } catch (IOException e) {
      throw new InvalidGenesisException(
          file, "file", "cannot be read as JSON (" + e.getMessage() + ")");
    }
    if (json == null || !json.isObject()) {
      throw new InvalidGenesisException(file, "file", "must hold a JSON object");
    }
    final JsonNode chainId = json.path("config").path("chainId");
    if (!chainId.canConvertToLong() || chainId.asLong() <= 0) {
      throw new InvalidGenesisException(file, "config.chainId", "must be a positive integer");
    }
    return new GenesisConfig(chainId.asLong(), Bytes32.wrap(Hash.sha3(bytes)), json);
  }
}
