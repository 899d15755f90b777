/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.genesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.twinchain.contracts.artifact.ContractArtifact;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.Test;

/** Packing, mappings and sets land where Solidity's storage rules put them. */
class GenesisStorageTest {

  private final ContractArtifact reputation = ContractArtifact.load("ReputationRegistry");

  @Test
  void packsValueTypesAtTheirByteOffset() {
    final Bytes writer = Bytes.fromHexString("0x7c00000000000000000000000000000000000004");
    final var slots =
        new GenesisStorage(reputation.storageLayout())
            .value("writer", UInt256.fromBytes(GenesisStorage.key(writer)))
            .value("eta", UInt256.valueOf(5))
            .slots();
    // writer fills bytes 0-19 of slot 1 and eta sits right above it at byte offset 20.
    assertThat(slots.get(UInt256.ONE))
        .isEqualTo(
            UInt256.valueOf(5).shiftLeft(160).or(UInt256.fromBytes(Bytes32.leftPad(writer))));
  }

  @Test
  void laysOutSetsAsArrayPlusOneBasedPositions() {
    final Bytes32 a = Bytes32.fromHexStringLenient("0xaa");
    final Bytes32 b = Bytes32.fromHexStringLenient("0xbb");
    final var slots =
        new GenesisStorage(ContractArtifact.load("Permissions").storageLayout())
            .bytes32Set("nodeSet", List.of(a, b))
            .slots();
    final UInt256 base = UInt256.valueOf(4);
    assertThat(slots.get(base)).isEqualTo(UInt256.valueOf(2));
    assertThat(slots.get(GenesisStorage.mappingSlot(b, base.add(1)))).isEqualTo(UInt256.valueOf(2));
    assertThat(slots).hasSize(5);
  }

  @Test
  void unknownVariablesAreRejectedByName() {
    assertThatThrownBy(
            () -> new GenesisStorage(reputation.storageLayout()).value("nope", UInt256.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope");
  }
}
