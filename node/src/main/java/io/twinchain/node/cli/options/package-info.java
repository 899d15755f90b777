/* SPDX-License-Identifier: Apache-2.0 */
/**
 * {@code twinchain run} options, one class per concern; each option is also a config key and env
 * var.
 */
package io.twinchain.node.cli.options;
