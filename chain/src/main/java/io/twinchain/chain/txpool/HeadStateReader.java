/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.txpool;

import org.web3j.abi.datatypes.Address;

/** Port: the state of the canonical head, as the pool checks transactions against it. */
public interface HeadStateReader {

  /** The account's nonce and balance at the current head (zero for an unknown account). */
  SenderAccount account(Address address);

  /** The gas limit of the head block, which the next block inherits. */
  long blockGasLimit();
}
