/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.twin.anchor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.twin.anchor.AnchorLeaf;
import io.twinchain.twin.model.ThingId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes32;

/** The stored form of an {@link AnchorRecord} (JSON, like the twin store's values). */
final class AnchorRecordJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AnchorRecordJson() {}

  static byte[] encode(final AnchorRecord record) {
    final ObjectNode json = MAPPER.createObjectNode();
    json.put("slot", record.slot());
    json.put("root", record.root().toHexString());
    json.put("status", record.status().name());
    record.transactionHash().ifPresent(h -> json.put("transactionHash", h.toHexString()));
    record.detail().ifPresent(d -> json.put("detail", d));
    record.blockNumber().ifPresent(n -> json.put("blockNumber", n));
    record.blockHash().ifPresent(h -> json.put("blockHash", h.toHexString()));
    final ArrayNode leaves = json.putArray("leaves");
    for (final AnchorLeaf leaf : record.leaves()) {
      leaves
          .addObject()
          .put("thingId", leaf.thingId().toString())
          .put("revision", leaf.revision())
          .put("stateHash", leaf.stateHash().toHexString());
    }
    try {
      return MAPPER.writeValueAsBytes(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static AnchorRecord decode(final byte[] bytes) {
    final JsonNode json;
    try {
      json = MAPPER.readTree(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("corrupt anchor record", e);
    }
    final List<AnchorLeaf> leaves = new ArrayList<>();
    for (final JsonNode leaf : json.get("leaves")) {
      leaves.add(
          new AnchorLeaf(
              ThingId.of(leaf.get("thingId").asText()),
              leaf.get("revision").asLong(),
              Bytes32.fromHexString(leaf.get("stateHash").asText())));
    }
    return new AnchorRecord(
        json.get("slot").asLong(),
        Bytes32.fromHexString(json.get("root").asText()),
        leaves,
        AnchorStatus.valueOf(json.get("status").asText()),
        text(json, "transactionHash").map(Bytes32::fromHexString),
        text(json, "detail"),
        Optional.ofNullable(json.get("blockNumber")).map(JsonNode::asLong),
        text(json, "blockHash").map(Bytes32::fromHexString));
  }

  private static Optional<String> text(final JsonNode json, final String field) {
    return Optional.ofNullable(json.get(field)).map(JsonNode::asText);
  }
}
