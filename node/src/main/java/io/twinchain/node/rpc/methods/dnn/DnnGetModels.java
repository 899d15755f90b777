/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.dnn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.node.rpc.JsonRpcException;
import io.twinchain.node.rpc.JsonRpcMethod;
import io.twinchain.node.rpc.JsonRpcParams;
import io.twinchain.node.rpc.RpcMethod;
import io.twinchain.offload.profile.LayerCost;
import io.twinchain.offload.zoo.ModelZoo;
import io.twinchain.offload.zoo.ZooModel;

/**
 * {@code dnn_getModels}: every model of the node's zoo with its cut points 0..L and, per cut, χ_l
 * (FLOPs of layer l per sample), ψ_l (bits sent per sample when cut there) and the cut tensor's
 * shape, as profiled into the manifests; plus the held-out accuracy of trained models and the
 * calibrated φ·f. Read from the manifests, without loading any model.
 */
public final class DnnGetModels implements JsonRpcMethod {

  private final ModelZoo zoo;

  public DnnGetModels(final ModelZoo zoo) {
    this.zoo = zoo;
  }

  @Override
  public RpcMethod name() {
    return RpcMethod.DNN_GET_MODELS;
  }

  @Override
  public Object execute(final JsonRpcParams params) throws JsonRpcException {
    params.requireCount(0);
    final ArrayNode models = JsonNodeFactory.instance.arrayNode();
    zoo.ids().forEach(id -> models.add(summary(zoo.model(id))));
    return models;
  }

  private static ObjectNode summary(final ZooModel model) {
    final JsonNode manifest = model.manifest();
    final ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("id", model.id());
    out.set("description", manifest.path("description"));
    out.set("input", manifest.path("input"));
    out.set("output", manifest.path("output"));
    copyIfPresent(manifest, "classes", out, "classes");
    copyIfPresent(manifest.path("training"), "heldOutAccuracy", out, "heldOutAccuracy");
    copyIfPresent(
        manifest.path("calibration"), "phiTimesFFlopsPerSecond", out, "phiTimesFFlopsPerSecond");
    final ArrayNode cuts = out.putArray("cuts");
    for (final LayerCost layer : model.recordedLayers()) {
      final ObjectNode cut = cuts.addObject();
      cut.put("l", layer.l()).put("tensor", layer.tensor());
      cut.put("chiFlops", layer.chiFlops()).put("psiBits", layer.psiBits());
      final ArrayNode shape = cut.putArray("cutShape");
      for (final long dimension : layer.cutShape()) {
        shape.add(dimension);
      }
    }
    out.put("layers", cuts.size() - 1);
    return out;
  }

  private static void copyIfPresent(
      final JsonNode from, final String field, final ObjectNode to, final String as) {
    if (from.has(field)) {
      to.set(as, from.get(field));
    }
  }
}
