/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.genesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.state.MutableWorldState;
import io.twinchain.chain.state.WorldStateArchive;
import io.twinchain.chain.types.Addresses;
import java.math.BigInteger;
import java.nio.file.Path;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.Address;

class GenesisTest {

  private static final Path DEVNET = Path.of("..", "network-config", "genesis.json");

  /** Pinned: changing the devnet genesis (or the header encoding) must be a deliberate act. */
  private static final String DEVNET_GENESIS_HASH =
      "0x60bb0207173d05f55e2515ab87dced288a512c8be8a90e2246b42dd4610e159f";

  @Test
  void parsesTheDevnetGenesis() {
    final GenesisConfig config = GenesisParser.parse(DEVNET);
    assertThat(config.chainId()).isEqualTo(2024);
    assertThat(config.consensus())
        .isEqualTo(new ConsensusParameters(5, 100_000, 0.5, "exponential"));
    assertThat(config.gasLimit()).isEqualTo(100_000_000);
    assertThat(config.accessPoints()).hasSize(3);
    assertThat(config.gateways()).hasSize(2);
    assertThat(config.alloc()).hasSize(14);
  }

  @Test
  void theDevnetGenesisHashIsStable() {
    final GenesisConfig config = GenesisParser.parse(DEVNET);
    try (WorldStateArchive first = WorldStateArchive.inMemory();
        WorldStateArchive second = WorldStateArchive.inMemory()) {
      final BlockHeader genesis = GenesisBlocks.create(config, first);
      assertThat(GenesisBlocks.create(config, second)).isEqualTo(genesis);
      assertThat(genesis.number()).isZero();
      assertThat(genesis.hash()).isEqualTo(Bytes32.fromHexString(DEVNET_GENESIS_HASH));
    }
  }

  @Test
  void allocSupportsBalanceNonceCodeAndStorage() throws Exception {
    final String json =
        """
        {"config": {"chainId": 7, "consensus": {"blockPeriodSeconds": 5, "baseDifficulty": 10,
           "rho": 0.5, "difficultyFunction": "exponential"}},
         "timestamp": 0, "gasLimit": "30000000",
         "alloc": {"0x00000000000000000000000000000000000000aa": {"balance": "0x10", "nonce": 3,
           "code": "0x6000", "storage": {"0x01": "0x2a"}}}}
        """;
    final GenesisConfig config = GenesisParser.parse(json);
    final Address contract = Addresses.fromHex("0x00000000000000000000000000000000000000aa");
    try (WorldStateArchive archive = WorldStateArchive.inMemory();
        MutableWorldState state = archive.open(GenesisBlocks.create(config, archive).stateRoot())) {
      assertThat(state.balance(contract)).isEqualTo(BigInteger.valueOf(16));
      assertThat(state.nonce(contract)).isEqualTo(3);
      assertThat(state.code(contract)).isEqualTo(Bytes.fromHexString("0x6000"));
      assertThat(state.storage(contract, Bytes32.fromHexStringLenient("0x01")))
          .isEqualTo(Bytes32.fromHexStringLenient("0x2a"));
    }
    assertThat(config.accessPoints()).isEmpty();
  }

  @Test
  void malformedFilesNameTheField() {
    assertField("not json", "$");
    assertField("{\"alloc\": {}}", "config");
    assertField(replace("\"chainId\": 7", "\"chainId\": \"seven\""), "config.chainId");
    assertField(replace("\"chainId\": 7,", ""), "config.chainId");
    assertField(replace("\"rho\": 0.5", "\"rho\": \"half\""), "config.consensus.rho");
    assertField(
        replace("\"baseDifficulty\": 10", "\"baseDifficulty\": 0.5"),
        "config.consensus.baseDifficulty");
    assertField(
        replace("\"balance\": 1", "\"balance\": \"-1\""),
        "alloc.0x00000000000000000000000000000000000000aa.balance");
    assertField(
        replace("\"0x00000000000000000000000000000000000000aa\"", "\"0x12\""), "alloc.0x12");
    assertField(replace("\"gateways\": []", "\"gateways\": [\"0xzz\"]"), "gateways[0]");
    assertField(replace("\"gasLimit\": 1000,", ""), "gasLimit");
    assertField(
        replace("\"rho\": 0.5", "\"rho\": 0.5, \"cyclesPerHash\": 0"),
        "config.consensus.cyclesPerHash");
    assertField(
        replace("\"extraData\": \"0x\"", "\"extraData\": \"0x" + "00".repeat(33) + "\""),
        "extraData");
  }

  @Test
  void cyclesPerHashIsOptional() {
    assertThat(
            GenesisParser.parse(replace("\"rho\": 0.5", "\"rho\": 0.5, \"cyclesPerHash\": 30000"))
                .consensus()
                .cyclesPerHash())
        .hasValue(30_000);
    assertThat(GenesisParser.parse(DEVNET).consensus().cyclesPerHash()).isEmpty();
  }

  private static String replace(final String target, final String replacement) {
    final String valid =
        """
        {"config": {"chainId": 7, "consensus": {"blockPeriodSeconds": 5, "baseDifficulty": 10,
           "rho": 0.5, "difficultyFunction": "exponential"}},
         "timestamp": 0, "gasLimit": 1000, "extraData": "0x", "gateways": [],
         "alloc": {"0x00000000000000000000000000000000000000aa": {"balance": 1}}}
        """;
    assertThat(GenesisParser.parse(valid).chainId()).isEqualTo(7);
    assertThat(valid).contains(target);
    return valid.replace(target, replacement);
  }

  private static void assertField(final String json, final String field) {
    assertThatThrownBy(() -> GenesisParser.parse(json))
        .isInstanceOfSatisfying(
            GenesisException.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}
