/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Transport-neutral JSON-RPC 2.0: parses a body, validates each request, runs it through the
 * interceptor chain, and serialises the single or batch response. Returns empty when every request
 * was a notification (nothing to send back).
 */
public final class JsonRpcProcessor {

  private final ObjectMapper mapper;
  private final List<Interceptor> interceptors;
  private final MethodDispatcher dispatcher;
  private final int maxBatchSize;

  public JsonRpcProcessor(
      final ObjectMapper mapper,
      final MethodRegistry registry,
      final List<Interceptor> interceptors,
      final int maxBatchSize) {
    this.mapper = mapper;
    this.interceptors = List.copyOf(interceptors);
    this.dispatcher = new MethodDispatcher(mapper, registry);
    this.maxBatchSize = maxBatchSize;
  }

  /** Processes one HTTP body. */
  public Optional<String> process(final byte[] body) {
    return process(body, Optional.empty());
  }

  /** Processes one HTTP body or WebSocket message that arrived on {@code connection}. */
  public Optional<String> process(final byte[] body, final Optional<RpcConnection> connection) {
    final JsonNode tree;
    try {
      tree = mapper.readTree(body);
    } catch (IOException e) {
      return Optional.of(write(error(JsonRpcError.PARSE_ERROR).json()));
    }
    if (tree == null || tree.isMissingNode()) {
      return Optional.of(write(error(JsonRpcError.PARSE_ERROR).json()));
    }
    if (!tree.isArray()) {
      return processOne(tree, connection).map(response -> write(response.json()));
    }
    if (tree.isEmpty()) {
      return Optional.of(write(error(JsonRpcError.INVALID_REQUEST).json()));
    }
    if (tree.size() > maxBatchSize) {
      return Optional.of(write(error(JsonRpcError.EXCEEDS_RPC_MAX_BATCH_SIZE).json()));
    }
    final ArrayNode responses = JsonNodeFactory.instance.arrayNode();
    tree.forEach(
        element ->
            processOne(element, connection).ifPresent(response -> responses.add(response.json())));
    return responses.isEmpty() ? Optional.empty() : Optional.of(write(responses));
  }

  /** The error response sent when the transport refuses a body before parsing it. */
  public String tooLarge(final long limit) {
    return write(
        JsonRpcResponse.error(
                Optional.empty(),
                JsonRpcError.REQUEST_TOO_LARGE,
                Optional.of("limit is " + limit + " bytes"))
            .json());
  }

  private Optional<JsonRpcResponse> processOne(
      final JsonNode node, final Optional<RpcConnection> connection) {
    final Optional<JsonRpcRequest> request;
    try {
      request = Optional.of(RequestValidator.validate(node, connection));
    } catch (JsonRpcException e) {
      return Optional.of(JsonRpcResponse.error(RequestValidator.idOf(node), e.error(), e.data()));
    }
    final JsonRpcResponse response =
        new InterceptorChain(interceptors, 0, request.get(), dispatcher).proceed(request.get());
    return request.get().id().isPresent() ? Optional.of(response) : Optional.empty();
  }

  private static JsonRpcResponse error(final JsonRpcError error) {
    return JsonRpcResponse.error(Optional.empty(), error, Optional.empty());
  }

  private String write(final JsonNode json) {
    try {
      return mapper.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
