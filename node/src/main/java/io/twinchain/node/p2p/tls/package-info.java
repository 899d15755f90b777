/* SPDX-License-Identifier: Apache-2.0 */
/** Mutual TLS 1.3 between nodes, with certificates bound to node keys. */
package io.twinchain.node.p2p.tls;
