/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.anchor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.twinchain.chain.types.Keccak256;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.store.ThingJson;
import java.nio.charset.StandardCharsets;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/**
 * The hash a twin state contributes to an anchor: Keccak-256 of the UTF-8 of its {@code twin_get}
 * JSON with object members sorted by name and no whitespace. Anyone holding the JSON a node
 * returned can recompute it.
 *
 * <p>Assumption A-TWIN-ANCHOR-STATEHASH: the canonical form is sorted-keys compact JSON with
 * numbers written as Jackson writes them (what the node returns), not RFC 8785 number
 * canonicalisation.
 */
public final class StateHash {

  private static final ObjectMapper CANONICAL =
      new ObjectMapper().configure(JsonNodeFeature.WRITE_PROPERTIES_SORTED, true);

  private StateHash() {}

  /** The state hash of {@code thing}. */
  public static Bytes32 of(final Thing thing) {
    return ofJson(ThingJson.toJson(thing));
  }

  /** The state hash of a thing's JSON as {@code twin_get} returns it. */
  public static Bytes32 ofJson(final JsonNode thingJson) {
    return Keccak256.hash(Bytes.wrap(canonical(thingJson).getBytes(StandardCharsets.UTF_8)));
  }

  /** The canonical text that is hashed. */
  public static String canonical(final JsonNode json) {
    try {
      return CANONICAL.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }
}
