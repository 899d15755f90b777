/* SPDX-License-Identifier: Apache-2.0 */
/**
 * The local devnet: {@code twinchain devnet up|down|status|resume|remove|logs|inject-fault}. One
 * JVM per process (MQTT broker with the explorer page, APs, gateways, device simulator), started
 * from the node jar, tracked by PID in the devnet folder's {@code devnet.json}.
 */
package io.twinchain.node.devnet;
