/* SPDX-License-Identifier: Apache-2.0 */
/** The node's secp256k1 identity key, its id and its key file. */
package io.twinchain.node.keys;
