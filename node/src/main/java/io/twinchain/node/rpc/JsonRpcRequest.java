/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * One validated request. {@code id} is empty for a notification, which gets no response.
 *
 * @param id the request id (number, string or null), as sent
 * @param method the method name
 * @param params positional parameters
 */
public record JsonRpcRequest(Optional<JsonNode> id, String method, JsonRpcParams params) {}
