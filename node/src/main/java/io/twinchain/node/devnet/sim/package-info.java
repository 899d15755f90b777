/* SPDX-License-Identifier: Apache-2.0 */
/**
 * The devnet's device simulator: rotating machines ({@code offload.machinery.SimulatedMachine})
 * publishing over MQTT to their gateways, with faults injected through a control topic.
 */
package io.twinchain.node.devnet.sim;
