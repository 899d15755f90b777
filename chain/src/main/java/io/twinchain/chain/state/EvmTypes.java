/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.state;

import io.horizen.evm.Hash;
import io.twinchain.chain.types.Addresses;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.abi.datatypes.Address;

/**
 * Conversions between the ledger's types and libevm's, kept in the one package that uses libevm.
 */
public final class EvmTypes {

  private EvmTypes() {}

  /** libevm's address for {@code address}. */
  public static io.horizen.evm.Address toEvm(final Address address) {
    return new io.horizen.evm.Address(Addresses.toBytes(address).toArrayUnsafe());
  }

  /** The ledger's address for libevm's {@code address}. */
  public static Address fromEvm(final io.horizen.evm.Address address) {
    return Addresses.fromBytes(org.apache.tuweni.bytes.Bytes.wrap(address.toBytes()));
  }

  /** libevm's hash for {@code hash}. */
  public static Hash toEvm(final Bytes32 hash) {
    return new Hash(hash.toArrayUnsafe());
  }

  /** The ledger's 32 bytes for libevm's {@code hash}. */
  public static Bytes32 fromEvm(final Hash hash) {
    return Bytes32.wrap(hash.toBytes());
  }
}
