/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.tuweni.bytes.Bytes;

/**
 * One compiled contract as committed by {@code contracts/scripts/compile.mjs}: ABI, creation code,
 * runtime code and storage layout, read from the classpath.
 *
 * @param name contract name, e.g. {@code WorkReceipts}
 * @param abiJson the ABI as solc emits it
 * @param creationCode constructor + runtime code, to deploy by transaction
 * @param runtimeCode the deployed code, to place into a genesis account
 * @param storageLayout where each state variable lives
 */
public record ContractArtifact(
    String name,
    String abiJson,
    Bytes creationCode,
    Bytes runtimeCode,
    StorageLayout storageLayout) {

  /** Classpath folder of the committed artifacts. */
  public static final String RESOURCE_FOLDER = "/io/twinchain/contracts/solidity/";

  /**
   * Loads a contract's committed artifacts.
   *
   * @throws IllegalArgumentException when no artifact of that name is on the classpath
   */
  public static ContractArtifact load(final String name) {
    return new ContractArtifact(
        name,
        read(name + ".abi"),
        Bytes.fromHexString(read(name + ".bin").strip()),
        Bytes.fromHexString(read(name + ".bin-runtime").strip()),
        StorageLayout.parse(read(name + ".storage.json")));
  }

  private static String read(final String file) {
    try (InputStream in = ContractArtifact.class.getResourceAsStream(RESOURCE_FOLDER + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no compiled contract artifact " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
