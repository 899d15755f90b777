/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.testsupport;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A message a test client received.
 *
 * @param topic where
 * @param json the payload
 * @param retained whether the broker replayed it as retained
 */
public record Received(String topic, JsonNode json, boolean retained) {}
