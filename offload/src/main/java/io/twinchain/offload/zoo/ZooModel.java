/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.zoo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.twinchain.offload.onnx.OnnxModel;
import io.twinchain.offload.split.ModelLayers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

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

  private OnnxModel load() {
    try {
      return OnnxModel.load(onnxFile());
    } catch (final IOException e) {
      throw new UncheckedIOException("cannot read " + onnxFile(), e);
    }
  }
}
