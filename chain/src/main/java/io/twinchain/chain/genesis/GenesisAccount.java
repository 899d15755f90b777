/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.genesis;

import java.math.BigInteger;
import java.util.Map;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/**
 * One prefunded account or pre-deployed contract of the genesis {@code alloc}.
 *
 * @param balance wei
 * @param nonce account nonce
 * @param code contract code (empty for an externally owned account)
 * @param storage initial storage slots of a contract
 */
public record GenesisAccount(
    BigInteger balance, long nonce, Bytes code, Map<Bytes32, Bytes32> storage) {

  /** Copies {@code storage} so the account is immutable. */
  public GenesisAccount {
    storage = Map.copyOf(storage);
  }
}
