/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.broker;

/**
 * The broker account of the gateway's own ingestion, which may use every twinchain topic.
 *
 * @param username broker username
 * @param passwordHash {@link io.twinchain.twin.registry.PasswordHash} encoding
 */
public record ServiceAccount(String username, String passwordHash) {}
