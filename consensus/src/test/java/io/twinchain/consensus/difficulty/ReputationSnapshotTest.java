/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.consensus.difficulty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.twinchain.chain.testsupport.TestKeys;
import io.twinchain.chain.types.Addresses;
import io.twinchain.chain.types.Keccak256;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.units.bigints.UInt256;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.Address;

class ReputationSnapshotTest {

  private final Address low = Addresses.fromHex("0x" + "11".repeat(20));
  private final Address high = Addresses.fromHex("0x" + "ee".repeat(20));

  @Test
  void rootIsKeccakOfAddressAndWadPairsInAddressOrder() {
    final ReputationSnapshot snapshot =
        ReputationSnapshot.of(
            Map.of(high, FixedPointReputation.parse("0.25"), low, FixedPointReputation.parse("1")));
    final Bytes expected =
        Bytes.concatenate(
            Addresses.toBytes(low),
            UInt256.valueOf(FixedPointReputation.ONE_WAD).toBytes(),
            Addresses.toBytes(high),
            UInt256.valueOf(FixedPointReputation.ONE_WAD / 4).toBytes());

    assertThat(snapshot.root()).isEqualTo(Keccak256.hash(expected));
  }

  @Test
  void rootIgnoresInsertionOrderButNotValues() {
    final Map<Address, FixedPointReputation> forward = new LinkedHashMap<>();
    forward.put(low, FixedPointReputation.parse("0.3"));
    forward.put(high, FixedPointReputation.parse("0.7"));
    final Map<Address, FixedPointReputation> backward = new LinkedHashMap<>();
    backward.put(high, FixedPointReputation.parse("0.7"));
    backward.put(low, FixedPointReputation.parse("0.3"));

    assertThat(ReputationSnapshot.of(forward)).isEqualTo(ReputationSnapshot.of(backward));
    assertThat(ReputationSnapshot.of(forward).root())
        .isNotEqualTo(ReputationSnapshot.of(Map.of(low, FixedPointReputation.parse("0.3"))).root());
  }

  @Test
  void apWithoutEntryHasNoReputation() {
    final ReputationSnapshot snapshot =
        ReputationSnapshot.of(Map.of(low, FixedPointReputation.parse("0.5")));
    assertThat(snapshot.reputationOf(low).toDouble()).isEqualTo(0.5);
    assertThat(snapshot.reputationOf(TestKeys.address(4))).isEqualTo(FixedPointReputation.ZERO);
  }

  @Test
  void emptySnapshotRootIsKeccakOfNothing() {
    assertThat(ReputationSnapshot.of(Map.of()).root()).isEqualTo(Keccak256.EMPTY);
  }

  @Test
  void fixedPointParsesDecimalsAndRefusesOutOfRange() {
    assertThat(FixedPointReputation.parse("0.000000000000000001").wad()).isEqualTo(1);
    assertThat(FixedPointReputation.parse("0.1").toDouble()).isEqualTo(0.1);
    assertThatThrownBy(() -> FixedPointReputation.parse("1.01"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FixedPointReputation.parse("-0.1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FixedPointReputation(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
