/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.model;

/**
 * The id of a gateway node, the second level of every device topic.
 *
 * @param value topic-safe name
 */
public record GatewayId(String value) {

  /** Validates the name. */
  public GatewayId {
    Identifiers.requireName("gatewayId", value);
  }

  @Override
  public String toString() {
    return value;
  }
}
