/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.store;

import org.apache.tuweni.bytes.Bytes32;

/**
 * Where a canonical transaction sits.
 *
 * @param blockHash the canonical block holding it
 * @param index its position in the block
 */
public record TransactionLocation(Bytes32 blockHash, int index) {}
