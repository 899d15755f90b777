/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.execution;

import io.horizen.evm.StateDB;
import io.twinchain.chain.state.EvmTypes;
import io.twinchain.chain.transaction.Transaction;
import io.twinchain.chain.types.Addresses;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.abi.datatypes.Address;
import org.web3j.crypto.AccessListObject;

/** Warms accounts and slots before execution (EIP-2929, EIP-2930, EIP-3651). */
final class AccessLists {

  private AccessLists() {}

  /**
   * Warms sender, callee, coinbase and precompiles. go-ethereum's EVM requires this before every
   * execution, read-only calls included: SSTORE aborts the process on an unwarmed callee.
   */
  static void warm(
      final StateDB db, final Address sender, final Optional<Address> to, final Address coinbase) {
    db.accessSetup(
        EvmTypes.toEvm(sender),
        to.map(EvmTypes::toEvm).orElse(null),
        EvmTypes.toEvm(coinbase),
        EvmContexts.SHANGHAI);
  }

  /** Warms as {@link #warm(StateDB, Address, Optional, Address)} plus the access list. */
  static void warm(final StateDB db, final Transaction transaction, final Address coinbase) {
    warm(db, transaction.sender(), transaction.to(), coinbase);
    for (final AccessListObject entry : transaction.accessList()) {
      final io.horizen.evm.Address address = EvmTypes.toEvm(Addresses.fromHex(entry.getAddress()));
      db.accessAccount(address);
      for (final String key : entry.getStorageKeys()) {
        db.accessSlot(address, EvmTypes.toEvm(Bytes32.fromHexString(key)));
      }
    }
  }
}
