/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.execution;

import java.util.Optional;
import org.apache.tuweni.bytes.Bytes32;

/** Answers the EVM's BLOCKHASH opcode: the hash of an ancestor of the executing block. */
@FunctionalInterface
public interface BlockHashLookup {

  /** No ancestors known: BLOCKHASH returns zero. */
  BlockHashLookup NONE = number -> Optional.empty();

  /** The hash of the canonical ancestor at {@code number}, if known. */
  Optional<Bytes32> hashOf(long number);
}
