/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.query;

import io.twinchain.chain.json.TransactionJson;
import io.twinchain.chain.transaction.Transaction;

/**
 * A canonical transaction and where it sits.
 *
 * @param transaction the transaction
 * @param position its block and index
 */
public record MinedTransaction(Transaction transaction, TransactionJson.Position position) {}
