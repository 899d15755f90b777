/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.zoo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.offload.onnx.OnnxModel;
import io.twinchain.offload.profile.LayerCost;
import io.twinchain.offload.split.ModelLayers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One model of the zoo: its folder, manifest and, parsed on first use, its graph and cut points.
 */
public final class ZooModel {
  private final String id;
  private final Path directory;
  private final ObjectNode manifest;
  private volatile ModelLayers layers;

  ZooModel(final String id, final Path directory, final ObjectNode manifest) {
    this.id = id;
    this.directory = directory;
    this.manifest = manifest;
  }

  /** The model's id (its folder name). */
  public String id() {
    return id;
  }

  /** The folder holding the model. */
  public Path directory() {
    return directory;
  }

  /** The ONNX file. */
  public Path onnxFile() {
    return directory.resolve(manifest.path("file").asText(ModelZoo.MODEL_FILE));
  }

  /** The manifest as stored (mutable; {@link ManifestFile#write} persists it). */
  public ObjectNode manifest() {
    return manifest;
  }

  /** The manifest file. */
  public Path manifestFile() {
    return directory.resolve(ModelZoo.MANIFEST_FILE);
  }

  /** The cut points 0..L, found at first use. */
  public ModelLayers layers() {
    ModelLayers found = layers;
    if (found == null) {
      synchronized (this) {
        found = layers;
        if (found == null) {
          found = ModelLayers.of(load());
          layers = found;
        }
      }
    }
    return found;
  }

  /**
   * The χ/ψ table recorded in the manifest by {@code twinchain models profile}, read without ONNX
   * Runtime (for the controller and the latency model). Throws {@link IllegalStateException} if the
   * model has not been profiled.
   */
  public List<LayerCost> recordedLayers() {
    final JsonNode layers = manifest.path("layers");
    if (!layers.isArray() || layers.isEmpty()) {
      throw new IllegalStateException(
          "model '" + id + "' has no layer table; run: twinchain models profile " + id);
    }
    final List<LayerCost> rows = new ArrayList<>();
    for (final JsonNode layer : layers) {
      rows.add(
          new LayerCost(
              layer.path("l").asInt(),
              layer.path("tensor").asText(),
              strings(layer.path("ops")),
              layer.path("chiFlops").asLong(),
              layer.path("psiBits").asLong(),
              longs(layer.path("cutShape")),
              strings(layer.path("uncountedNodes"))));
    }
    return rows;
  }

  private static List<String> strings(final JsonNode array) {
    final List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }

  private static long[] longs(final JsonNode array) {
    final long[] values = new long[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = array.get(i).asLong();
    }
    return values;
  }

  private OnnxModel load() {
    try {
      return OnnxModel.load(onnxFile());
    } catch (final IOException e) {
      throw new UncheckedIOException("cannot read " + onnxFile(), e);
    }
  }
}
