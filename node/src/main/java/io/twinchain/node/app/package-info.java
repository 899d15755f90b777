/* SPDX-License-Identifier: Apache-2.0 */
/** Wiring of a running node: adaptors from components to query ports, and the node's lifecycle. */
package io.twinchain.node.app;
