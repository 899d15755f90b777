/* SPDX-License-Identifier: Apache-2.0 */
/**
 * The devnet's explorer page: static HTML and JS (resources under {@code
 * io/twinchain/node/devnet/explorer/}) served next to the broker, reading the nodes' JSON-RPC.
 */
package io.twinchain.node.devnet.explorer;
