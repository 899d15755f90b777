/* SPDX-License-Identifier: Apache-2.0 */
/** Query ports the JSON-RPC methods read through; adaptors live in the node's wiring. */
package io.twinchain.node.rpc.query;
