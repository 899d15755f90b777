/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.twin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.twin.model.Thing;
import io.twinchain.twin.store.ThingJson;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@code twin_list({namespace?, gateway?, filter?, page?})}: twins in thing-id order, a page at a
 * time. {@code filter} maps {@code /}-paths to values that must match ({@code {"attributes/model":
 * "X1"}}); {@code page} is {@code {size?, after?}} with {@code after} the last thing id seen. The
 * result is {@code {items, next}}, {@code next} the cursor for the following page or null.
 */
public final class TwinList implements JsonRpcMethod {

  /** Largest page. */
  public static final int MAX_PAGE = 500;

  private static final int DEFAULT_PAGE = 50;

  private final TwinQueries twins;

  public TwinList(final TwinQueries twins) {
    this.twins = twins;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.TWIN_LIST;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    final ObjectNode options = TwinParams.options(params, 0);
    final String prefix = options.has("namespace") ? options.get("namespace").asText() + ":" : "";
    final JsonNode page = options.path("page");
    final int size =
        page.has("size") ? (int) TwinParams.quantity(page.get("size"), "page.size") : DEFAULT_PAGE;
    if (size < 1 || size > MAX_PAGE) {
      throw TwinParams.invalid("page.size must be 1 to " + MAX_PAGE);
    }
    final String after = page.path("after").asText("");
    final JsonNode filter = options.path("filter");
    if (!filter.isMissingNode() && !filter.isObject()) {
      throw TwinParams.invalid("filter must be an object of path → value");
    }
    final ArrayNode items = JsonNodeFactory.instance.arrayNode();
    final List<Thing> candidates = twins.twins().list(prefix);
    String last = null;
    boolean more = false;
    for (final Thing thing : candidates) {
      if (thing.thingId().toString().compareTo(after) <= 0 || !matches(thing, options, filter)) {
        continue;
      }
      if (items.size() == size) {
        more = true;
        break;
      }
      items.add(ThingJson.toJson(thing));
      last = thing.thingId().toString();
    }
    final ObjectNode result = JsonNodeFactory.instance.objectNode();
    result.set("items", items);
    result.put("next", more ? last : null);
    return result;
  }

  private static boolean matches(
      final Thing thing, final ObjectNode options, final JsonNode filter) {
    if (options.has("gateway")
        && !thing.gatewayId().value().equals(options.get("gateway").asText())) {
      return false;
    }
    if (filter.isMissingNode()) {
      return true;
    }
    final ObjectNode json = ThingJson.toJson(thing);
    for (final Iterator<Map.Entry<String, JsonNode>> it = filter.fields(); it.hasNext(); ) {
      final Map.Entry<String, JsonNode> condition = it.next();
      final JsonNode actual = json.at("/" + condition.getKey());
      if (!sameValue(actual, condition.getValue())) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameValue(final JsonNode actual, final JsonNode expected) {
    if (actual.isNumber() && expected.isNumber()) {
      return actual.decimalValue().compareTo(expected.decimalValue()) == 0;
    }
    return actual.equals(expected);
  }
}
