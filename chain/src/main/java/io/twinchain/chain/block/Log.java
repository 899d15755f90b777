/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.block;

import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.abi.datatypes.Address;

/**
 * An event log emitted by a contract during a transaction.
 *
 * @param address the emitting contract
 * @param topics up to four indexed topics
 * @param data the non-indexed payload
 */
public record Log(Address address, List<Bytes32> topics, Bytes data) {

  /** Copies {@code topics} so the log is immutable. */
  public Log {
    topics = List.copyOf(topics);
  }
}
