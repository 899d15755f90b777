/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.zoo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The models under one directory: every sub-folder holding a {@code model.onnx} (or the file its
 * manifest names). The repository's zoo is {@code offload/models}.
 */
public final class ModelZoo {
  /** Default ONNX file name in a model folder. */
  public static final String MODEL_FILE = "model.onnx";

  /** Manifest file name in a model folder. */
  public static final String MANIFEST_FILE = "manifest.json";

  private final Map<String, ZooModel> models;

  private ModelZoo(final Map<String, ZooModel> models) {
    this.models = models;
  }

  /** Opens the zoo in {@code directory}. */
  public static ModelZoo open(final Path directory) throws IOException {
    final Map<String, ZooModel> found = new TreeMap<>();
    try (Stream<Path> folders = Files.list(directory)) {
      for (final Path folder : folders.filter(Files::isDirectory).toList()) {
        final String id = folder.getFileName().toString();
        final var manifest = ManifestFile.read(folder.resolve(MANIFEST_FILE), id);
        final ZooModel model = new ZooModel(id, folder, manifest);
        if (Files.exists(model.onnxFile())) {
          found.put(id, model);
        }
      }
    }
    return new ModelZoo(found);
  }

  /** A zoo without models, for nodes started without a zoo directory. */
  public static ModelZoo empty() {
    return new ModelZoo(new TreeMap<>());
  }

  /** The repository's zoo: {@code offload/models} from the repository root, or {@code models}. */
  public static Path defaultDirectory() {
    final Path fromRoot = Path.of("offload", "models");
    return Files.isDirectory(fromRoot) ? fromRoot : Path.of("models");
  }

  /** Model ids, sorted. */
  public List<String> ids() {
    return List.copyOf(models.keySet());
  }

  /** The model {@code id}; throws {@link UnknownModelException} if the zoo has none. */
  public ZooModel model(final String id) {
    final ZooModel model = models.get(id);
    if (model == null) {
      throw new UnknownModelException(id, ids());
    }
    return model;
  }
}
