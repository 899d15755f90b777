/* SPDX-License-Identifier: Apache-2.0 */
/** The node's chain service: block and transaction gossip, sync, mining, chain events. */
package io.twinchain.node.chain;
