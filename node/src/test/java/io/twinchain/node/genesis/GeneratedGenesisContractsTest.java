/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.genesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.execution.BlockContext;
import io.twinchain.chain.execution.BlockHashLookup;
import io.twinchain.chain.execution.CallRequest;
import io.twinchain.chain.execution.CallResult;
import io.twinchain.chain.execution.ReadOnlyCalls;
import io.twinchain.chain.genesis.GenesisConfig;
import io.twinchain.chain.genesis.GenesisParser;
import io.twinchain.chain.store.ChainDatabase;
import io.twinchain.chain.types.Addresses;
import io.twinchain.chain.types.Keccak256;
import io.twinchain.contracts.genesis.SystemContract;
import io.twinchain.contracts.reader.ReputationRegistryReader;
import io.twinchain.node.genesis.NetworkGenerator.GeneratedNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;

/**
 * A genesis from {@code genesis generate} holds the system contracts, configured from the network
 * description, and a node's ledger initialised from it answers read-only calls to them.
 */
class GeneratedGenesisContractsTest {

  @TempDir Path directory;

  @Test
  void aLedgerFromAGeneratedGenesisReadsTheRegistries() throws Exception {
    final Path description = directory.resolve("network.json");
    Files.writeString(
        description,
        """
        {"genesis": {"config": {"chainId": 2024, "consensus": {"blockPeriodSeconds": 2,
           "baseDifficulty": 1000, "rho": 0.5, "difficultyFunction": "exponential"}},
           "gasLimit": "0x5f5e100", "alloc": {}},
         "blockchain": {"accessPoints": {"count": 2}, "gateways": {"count": 1}},
         "systemContracts": {"controller": "gateway-1", "admins": ["ap-1"],
           "eta": 0.2, "initialReputation": 0.25}}
        """);
    final List<GeneratedNode> nodes =
        new NetworkGenerator(new SecureRandom(), Clock.systemUTC())
            .generate(NetworkDescription.load(description), directory.resolve("net"));
    final GenesisConfig genesis = GenesisParser.parse(directory.resolve("net/genesis.json"));
    final Address ap1 = address(nodes.get(0));
    final Address ap2 = address(nodes.get(1));
    final Address gateway = address(nodes.get(2));

    try (ChainDatabase ledger = ChainDatabase.open(directory.resolve("data/chain"), genesis)) {
      final BlockHeader head = ledger.blockchain().head();
      final ReadOnlyCalls calls = new ReadOnlyCalls(ledger.worldState());
      final ReputationRegistryReader reputation = new ReputationRegistryReader(calls, 2024);
      assertThat(reputation.eta(head)).isEqualTo(200_000_000_000_000_000L);
      assertThat(reputation.reputationAt(head, ap2, 1)).isEqualTo(250_000_000_000_000_000L);
      final Call call = new Call(calls, head);
      assertThat(call.bool(SystemContract.TWIN_REGISTRY, "isGateway", gateway)).isTrue();
      assertThat(call.bool(SystemContract.TWIN_REGISTRY, "isGateway", ap1)).isFalse();
      assertThat(call.bool(SystemContract.CONTROLLER_LOG, "isController", gateway)).isTrue();
      assertThat(call.bool(SystemContract.CONTROLLER_LOG, "isController", ap1)).isFalse();
      assertThat(call.bool(SystemContract.PERMISSIONS, "isAdmin", ap1)).isTrue();
      assertThat(call.bool(SystemContract.PERMISSIONS, "isAdmin", ap2)).isFalse();
      assertThat(call.bool(SystemContract.PERMISSIONS, "accountPermitted", ap2)).isTrue();
      assertThat(
              call.bool(
                  SystemContract.PERMISSIONS,
                  "nodePermitted",
                  new org.web3j.abi.datatypes.generated.Bytes32(
                      Keccak256.hash(Bytes.wrap(nodes.get(1).key().nodeId().toBytes()))
                          .toArrayUnsafe())))
          .isTrue();
    }
  }

  /** The committed devnet genesis is exactly what its committed description generates. */
  @Test
  void theCommittedDevnetGenesisIsGeneratedFromItsDescription() throws Exception {
    final Path config = Path.of("..", "network-config");
    new NetworkGenerator(new SecureRandom(), Clock.systemUTC())
        .generate(
            NetworkDescription.load(config.resolve("devnet-network.json")),
            directory.resolve("devnet"));
    final ObjectMapper mapper = new ObjectMapper();
    final boolean same =
        mapper
            .readTree(directory.resolve("devnet/genesis.json").toFile())
            .equals(mapper.readTree(config.resolve("genesis.json").toFile()));
    assertThat(same)
        .as(
            "network-config/genesis.json must be what `twinchain genesis generate --config-file"
                + " network-config/devnet-network.json` writes; regenerate it")
        .isTrue();
    assertThat(GenesisParser.parse(config.resolve("genesis.json")).alloc())
        .containsKey(Addresses.fromBytes(SystemContract.REPUTATION_REGISTRY.addressBytes()));
  }

  @Test
  void aDescriptionNamingAMissingNodeIsRefused() throws Exception {
    final Path description = directory.resolve("network.json");
    Files.writeString(
        description,
        """
        {"genesis": {"config": {"chainId": 5}},
         "blockchain": {"accessPoints": {"count": 1}},
         "systemContracts": {"controller": "gateway-1"}}
        """);
    assertThatThrownBy(() -> NetworkDescription.load(description))
        .isInstanceOf(InvalidGenesisException.class)
        .hasMessageContaining("systemContracts")
        .hasMessageContaining("gateway-1");
    Files.writeString(
        description,
        """
        {"genesis": {"config": {"chainId": 5}},
         "blockchain": {"accessPoints": {"count": 1}},
         "systemContracts": {"eta": 0.001}}
        """);
    assertThatThrownBy(() -> NetworkDescription.load(description))
        .isInstanceOf(InvalidGenesisException.class)
        .hasMessageContaining("systemContracts.eta");
  }

  private static Address address(final GeneratedNode node) {
    return Addresses.fromHex(node.key().address());
  }

  /** A boolean view function of a system contract, called read-only at {@code block}. */
  private record Call(ReadOnlyCalls calls, BlockHeader block) {
    @SuppressWarnings("rawtypes")
    boolean bool(final SystemContract contract, final String name, final Type argument)
        throws Exception {
      final Function function =
          new Function(name, List.of(argument), List.of(new TypeReference<Bool>() {}));
      final CallResult result =
          calls.call(
              block.stateRoot(),
              BlockContext.of(2024, block, BlockHashLookup.NONE),
              CallRequest.of(
                  Addresses.fromBytes(contract.addressBytes()),
                  Bytes.fromHexString(FunctionEncoder.encode(function)),
                  1_000_000));
      assertThat(result.success()).as(name + " " + result.error()).isTrue();
      return !result.returnData().equals(Bytes32.ZERO);
    }
  }
}
