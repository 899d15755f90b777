/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.broker;

import io.twinchain.twin.registry.DeviceRegistry;

/**
 * Who may connect to the embedded broker: registered devices (password or client certificate,
 * limited to their own topics) and the gateway's service account.
 *
 * @param registry registered devices and their credentials
 * @param service the ingestion's account
 */
public record BrokerAccess(DeviceRegistry registry, ServiceAccount service) {}
