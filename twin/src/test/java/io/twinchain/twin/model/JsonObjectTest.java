/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class JsonObjectTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static JsonObject json(final String text) {
    try {
      return JsonObject.of((ObjectNode) MAPPER.readTree(text));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  @Test
  void mergeFollowsRfc7386() {
    final JsonObject merged =
        json("{\"a\":1,\"b\":{\"c\":2,\"d\":3},\"e\":4}")
            .merge(json("{\"a\":9,\"b\":{\"c\":null,\"x\":1},\"e\":null}"));
    assertThat(merged).isEqualTo(json("{\"a\":9,\"b\":{\"d\":3,\"x\":1}}"));
  }

  @Test
  void minusKeepsOnlyUnreachedMembersRecursively() {
    final JsonObject desired = json("{\"sp\":30,\"mode\":\"eco\",\"pid\":{\"p\":1,\"i\":2}}");
    final JsonObject reported =
        json("{\"sp\":30.0,\"mode\":\"off\",\"pid\":{\"p\":1,\"i\":3},\"t\":5}");
    assertThat(desired.minus(reported)).isEqualTo(json("{\"mode\":\"eco\",\"pid\":{\"i\":2}}"));
    assertThat(desired.minus(desired)).isEqualTo(JsonObject.empty());
  }

  @Test
  void laterChangesToTheSourceTreeDoNotLeakIn() {
    final ObjectNode source = (ObjectNode) json("{\"a\":1}").toNode();
    final JsonObject value = JsonObject.of(source);
    source.put("a", 2);
    value.toNode().put("a", 3);
    assertThat(value).isEqualTo(json("{\"a\":1}"));
    assertThat(value.keys()).containsExactly("a");
  }
}
