/* SPDX-License-Identifier: Apache-2.0 */
/** Node and account allowlists in Besu's {@code permissions_config.toml} format. */
package io.twinchain.node.permissions;
