/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.txpool;

import java.math.BigInteger;

/**
 * A sender's account fields at the head.
 *
 * @param nonce the nonce its next transaction must carry
 * @param balance its balance in wei
 */
public record SenderAccount(long nonce, BigInteger balance) {}
