/* SPDX-License-Identifier: Apache-2.0 */
/**
 * A gateway node's twins: the store, the MQTT broker and ingestion, metrics, the operator side of
 * {@code twin_setDesired}, and anchoring (in {@code anchor}).
 */
package io.twinchain.node.twin;
