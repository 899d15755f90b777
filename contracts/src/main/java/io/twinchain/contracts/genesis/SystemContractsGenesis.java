/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.contracts.genesis;

import io.twinchain.chain.genesis.GenesisAccount;
import io.twinchain.chain.state.MutableWorldState;
import io.twinchain.chain.types.Addresses;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.units.bigints.UInt256;
import org.web3j.abi.datatypes.Address;

/**
 * The genesis accounts of the system contracts: each contract's runtime code at its fixed address
 * with the storage its constructor would have written for {@link SystemContractsConfig}, and the
 * contracts linked to each other. The storage is derived from solc's storage layout, and a test
 * checks it slot by slot against a constructor run in the EVM.
 */
public final class SystemContractsGenesis {

  /** One genesis account: runtime code and initial storage (slot → value). */
  public record Allocation(SystemContract contract, Bytes code, Map<UInt256, UInt256> storage) {}

  private SystemContractsGenesis() {}

  /** Allocations for every system contract, keyed by contract. */
  public static Map<SystemContract, Allocation> allocations(final SystemContractsConfig config) {
    final Map<SystemContract, Allocation> result = new EnumMap<>(SystemContract.class);
    result.put(SystemContract.PERMISSIONS, permissions(config));
    result.put(SystemContract.TWIN_REGISTRY, twinRegistry(config));
    result.put(SystemContract.REPUTATION_REGISTRY, reputationRegistry(config));
    result.put(SystemContract.WORK_RECEIPTS, workReceipts());
    result.put(SystemContract.CONTROLLER_LOG, controllerLog(config));
    return result;
  }

  /**
   * The system contracts as genesis {@code alloc} accounts (no balance, nonce 1 as after a
   * creation), for a genesis file or {@code GenesisConfig}.
   */
  public static Map<Address, GenesisAccount> genesisAlloc(final SystemContractsConfig config) {
    final Map<Address, GenesisAccount> alloc = new LinkedHashMap<>();
    for (Allocation allocation : allocations(config).values()) {
      final Map<Bytes32, Bytes32> storage = new LinkedHashMap<>();
      allocation
          .storage()
          .forEach((slot, value) -> storage.put(Bytes32.leftPad(slot), Bytes32.leftPad(value)));
      alloc.put(
          Addresses.fromBytes(allocation.contract().addressBytes()),
          new GenesisAccount(BigInteger.ZERO, 1, allocation.code(), storage));
    }
    return alloc;
  }

  /**
   * Writes every system contract's code, nonce and initial storage into a genesis state (before it
   * is committed as block 0's state root).
   */
  public static void place(final SystemContractsConfig config, final MutableWorldState state) {
    genesisAlloc(config)
        .forEach(
            (address, account) -> {
              state.setNonce(address, account.nonce());
              state.setCode(address, account.code());
              account.storage().forEach((slot, value) -> state.setStorage(address, slot, value));
            });
  }

  private static Allocation permissions(final SystemContractsConfig config) {
    final Set<Address> accounts = new LinkedHashSet<>(config.admins());
    accounts.addAll(config.accounts());
    return allocation(
        SystemContract.PERMISSIONS,
        storage(SystemContract.PERMISSIONS)
            .bytes32Set("adminSet", keys(new LinkedHashSet<>(config.admins())))
            .bytes32Set("accountSet", keys(accounts))
            .bytes32Set("nodeSet", List.copyOf(new LinkedHashSet<>(config.nodes()))));
  }

  private static Allocation twinRegistry(final SystemContractsConfig config) {
    return allocation(
        SystemContract.TWIN_REGISTRY,
        storage(SystemContract.TWIN_REGISTRY)
            .value("permissions", address(SystemContract.PERMISSIONS))
            .bytes32Set("gatewaySet", keys(new LinkedHashSet<>(config.gateways()))));
  }

  private static Allocation reputationRegistry(final SystemContractsConfig config) {
    return allocation(
        SystemContract.REPUTATION_REGISTRY,
        storage(SystemContract.REPUTATION_REGISTRY)
            .value("permissions", address(SystemContract.PERMISSIONS))
            .value("writer", address(SystemContract.WORK_RECEIPTS))
            .value("eta", UInt256.valueOf(config.eta()))
            .value("initialReputation", UInt256.valueOf(config.initialReputation())));
  }

  private static Allocation workReceipts() {
    return allocation(
        SystemContract.WORK_RECEIPTS,
        storage(SystemContract.WORK_RECEIPTS)
            .value("gatewayDirectory", address(SystemContract.TWIN_REGISTRY))
            .value("reputation", address(SystemContract.REPUTATION_REGISTRY)));
  }

  private static Allocation controllerLog(final SystemContractsConfig config) {
    final GenesisStorage storage =
        storage(SystemContract.CONTROLLER_LOG)
            .value("permissions", address(SystemContract.PERMISSIONS));
    for (Address controller : config.controllers()) {
      storage.mappingEntry(
          "isController", GenesisStorage.key(Addresses.toBytes(controller)), UInt256.ONE);
    }
    return allocation(SystemContract.CONTROLLER_LOG, storage);
  }

  private static GenesisStorage storage(final SystemContract contract) {
    return new GenesisStorage(contract.artifact().storageLayout());
  }

  private static Allocation allocation(
      final SystemContract contract, final GenesisStorage storage) {
    return new Allocation(contract, contract.artifact().runtimeCode(), storage.slots());
  }

  private static UInt256 address(final SystemContract contract) {
    return UInt256.fromBytes(GenesisStorage.key(contract.addressBytes()));
  }

  private static List<Bytes32> keys(final Set<Address> addresses) {
    final List<Bytes32> keys = new ArrayList<>(addresses.size());
    for (Address address : addresses) {
      keys.add(GenesisStorage.key(Addresses.toBytes(address)));
    }
    return keys;
  }
}
