/* SPDX-License-Identifier: Apache-2.0 */
/** {@code eth_subscribe} over WebSocket: {@code newHeads} and {@code logs}, fed by ChainEvents. */
package io.twinchain.node.rpc.subscription;
