/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.execution;

import java.math.BigInteger;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.web3j.abi.datatypes.Address;

/**
 * A read-only message call (eth_call): executed against a state and then discarded.
 *
 * @param from the caller; the zero address if empty
 * @param to the callee; empty simulates a contract creation
 * @param value wei sent along (the caller needs the balance)
 * @param data call data
 * @param gas the gas available
 */
public record CallRequest(
    Optional<Address> from, Optional<Address> to, BigInteger value, Bytes data, long gas) {

  /** A call of {@code to} with {@code data}, no value, from the zero address. */
  public static CallRequest of(final Address to, final Bytes data, final long gas) {
    return new CallRequest(Optional.empty(), Optional.of(to), BigInteger.ZERO, data, gas);
  }

  /** The same call with {@code newGas} available. */
  public CallRequest withGas(final long newGas) {
    return new CallRequest(from, to, value, data, newGas);
  }
}
