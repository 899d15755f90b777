/* SPDX-License-Identifier: Apache-2.0 */
/** The injected metrics system, its Prometheus implementation and the health endpoints. */
package io.twinchain.node.metrics;
