/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;

/**
 * Parses device payloads under {@link PayloadLimits}: Jackson's stream constraints stop hostile
 * nesting and giant strings or numbers while parsing, before a tree is built; a walk of the tree
 * then bounds members per object and names the offending field.
 */
public final class PayloadParser {

  private final PayloadLimits limits;
  private final ObjectMapper mapper;

  /**
   * @param limits the bounds to enforce
   */
  public PayloadParser(final PayloadLimits limits) {
    this.limits = limits;
    final JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxDepth())
                    .maxStringLength(limits.maxStringLength())
                    .maxNumberLength(limits.maxNumberLength())
                    .maxNameLength(limits.maxStringLength())
                    .build())
            .build();
    this.mapper = new ObjectMapper(factory);
  }

  /** The JSON tree of {@code payload}. */
  public JsonNode parse(final byte[] payload) throws MessageRejectedException {
    if (payload.length > limits.maxBytes()) {
      throw MessageRejectedException.of(
          RejectionReason.PAYLOAD_TOO_LARGE,
          "",
          payload.length + " bytes exceed the limit of " + limits.maxBytes());
    }
    final JsonNode tree = read(payload);
    checkMembers(tree, "");
    return tree;
  }

  private JsonNode read(final byte[] payload) throws MessageRejectedException {
    JsonParser parser = null;
    try {
      parser = mapper.createParser(payload);
      final JsonNode tree = mapper.readTree(parser);
      if (tree == null || tree.isMissingNode()) {
        throw MessageRejectedException.of(RejectionReason.EMPTY_PAYLOAD, "", "no JSON value");
      }
      return tree;
    } catch (StreamConstraintsException e) {
      final String message = String.valueOf(e.getOriginalMessage());
      final RejectionReason reason =
          message.contains("nesting depth")
              ? RejectionReason.TOO_DEEP
              : RejectionReason.VALUE_TOO_LARGE;
      throw MessageRejectedException.of(reason, field(parser), message);
    } catch (IOException e) {
      final String message =
          e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
      throw MessageRejectedException.of(
          RejectionReason.MALFORMED_JSON, field(parser), String.valueOf(message));
    } finally {
      closeQuietly(parser);
    }
  }

  private static void closeQuietly(final JsonParser parser) {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException e) {
        // In-memory input: nothing to release.
      }
    }
  }

  private void checkMembers(final JsonNode node, final String path)
      throws MessageRejectedException {
    if (!node.isContainerNode()) {
      return;
    }
    if (node.size() > limits.maxMembers()) {
      throw MessageRejectedException.of(
          RejectionReason.VALUE_TOO_LARGE,
          path,
          node.size() + " members exceed the limit of " + limits.maxMembers());
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        checkMembers(member.getValue(), Paths.child(path, member.getKey()));
      }
    } else {
      int index = 0;
      for (JsonNode element : node) {
        checkMembers(element, Paths.child(path, Integer.toString(index++)));
      }
    }
  }

  private static String field(final JsonParser parser) {
    return parser == null
        ? ""
        : Paths.fromPointer(parser.getParsingContext().pathAsPointer().toString());
  }
}
