/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.genesis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.chain.genesis.GenesisAccount;
import io.twinchain.chain.types.Addresses;
import io.twinchain.chain.types.Keccak256;
import io.twinchain.contracts.genesis.SystemContract;
import io.twinchain.contracts.genesis.SystemContractsConfig;
import io.twinchain.contracts.genesis.SystemContractsGenesis;
import io.twinchain.node.app.NodeRole;
import io.twinchain.node.genesis.NetworkGenerator.GeneratedNode;
import java.util.List;
import java.util.Map;
import org.apache.tuweni.bytes.Bytes;
import org.web3j.abi.datatypes.Address;

/**
 * Places the system contracts (Permissions, TwinRegistry, ReputationRegistry, WorkReceipts,
 * ControllerLog at {@code 0x7c00…01}–{@code 05}) into a generated genesis: their runtime code and
 * the storage their constructors would write, configured from the network (its gateways, its nodes
 * and accounts, the controller and the reputation parameters).
 */
final class SystemContractsAllocation {

  private SystemContractsAllocation() {}

  /**
   * The configuration for a generated network.
   *
   * @param accounts every account to allow: the nodes' and the template's prefunded ones
   */
  static SystemContractsConfig config(
      final SystemContractsSection section,
      final List<GeneratedNode> nodes,
      final List<Address> accounts) {
    final List<Address> gateways =
        nodes.stream()
            .filter(n -> n.role() == NodeRole.GATEWAY)
            .map(SystemContractsAllocation::address)
            .toList();
    final String defaultController = gateways.isEmpty() ? "ap-1" : "gateway-1";
    return new SystemContractsConfig(
        section.admins().isEmpty()
            ? nodes.stream().map(SystemContractsAllocation::address).toList()
            : section.admins().stream().map(member -> resolve(member, nodes)).toList(),
        accounts,
        nodes.stream().map(n -> Keccak256.hash(Bytes.wrap(n.key().nodeId().toBytes()))).toList(),
        gateways,
        List.of(resolve(section.controller().orElse(defaultController), nodes)),
        section.eta(),
        section.initialReputation());
  }

  /** Adds every system contract account to the {@code alloc} of {@code genesis}. */
  static void write(final ObjectNode genesis, final SystemContractsConfig config) {
    final ObjectNode alloc = genesis.with("alloc");
    final Map<Address, GenesisAccount> accounts = SystemContractsGenesis.genesisAlloc(config);
    for (final SystemContract contract : SystemContract.values()) {
      final GenesisAccount account = accounts.get(Addresses.fromBytes(contract.addressBytes()));
      final ObjectNode entry = alloc.putObject(contract.address());
      entry.put("comment", "system contract " + contract.contractName());
      entry.put("balance", "0x0");
      entry.put("nonce", "0x" + Long.toHexString(account.nonce()));
      entry.put("code", account.code().toHexString());
      final ObjectNode storage = entry.putObject("storage");
      account
          .storage()
          .forEach((slot, value) -> storage.put(slot.toHexString(), value.toHexString()));
    }
  }

  private static Address resolve(final String member, final List<GeneratedNode> nodes) {
    if (member.startsWith("0x")) {
      return Addresses.fromHex(member);
    }
    return nodes.stream()
        .filter(node -> node.name().equals(member))
        .findFirst()
        .map(SystemContractsAllocation::address)
        .orElseThrow(() -> new IllegalArgumentException("no generated node " + member));
  }

  private static Address address(final GeneratedNode node) {
    return Addresses.fromHex(node.key().address());
  }
}
