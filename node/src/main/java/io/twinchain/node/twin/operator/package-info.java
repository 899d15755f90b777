/* SPDX-License-Identifier: Apache-2.0 */
/**
 * Who may call {@code twin_setDesired}: an EIP-191 {@code personal_sign} signature over a canonical
 * message with a nonce and an expiry, from an account on the gateway's operator list.
 */
package io.twinchain.node.twin.operator;
