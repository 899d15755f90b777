/* SPDX-License-Identifier: Apache-2.0 */
/**
 * The transaction pool: pending transactions per sender in nonce order, with replacement and
 * limits.
 */
package io.twinchain.chain.txpool;
