/* SPDX-License-Identifier: Apache-2.0 */
/** JSON-RPC read load: a node's HTTP server over a real ledger, driven by wrk from outside. */
package io.twinchain.bench.rpc;
