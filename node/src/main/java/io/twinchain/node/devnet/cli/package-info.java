/* SPDX-License-Identifier: Apache-2.0 */
/** The {@code twinchain devnet} subcommands, one class each. */
package io.twinchain.node.devnet.cli;
