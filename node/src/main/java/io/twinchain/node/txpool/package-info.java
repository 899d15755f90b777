/* SPDX-License-Identifier: Apache-2.0 */
/** The node's transaction pool: built from the ledger and the accounts allowlist, with metrics. */
package io.twinchain.node.txpool;
