/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.zoo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes {@code manifest.json} files, pretty-printed with a trailing newline. */
public final class ManifestFile {
  /** The mapper used for manifests. */
  public static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ManifestFile() {}

  /** The manifest at {@code file}, or a minimal one naming {@code id} if there is none yet. */
  public static ObjectNode read(final Path file, final String id) throws IOException {
    if (!Files.exists(file)) {
      final ObjectNode fresh = JSON.createObjectNode();
      fresh.put("id", id).put("file", ModelZoo.MODEL_FILE);
      return fresh;
    }
    return (ObjectNode) JSON.readTree(file.toFile());
  }

  /** Writes {@code model}'s manifest back to its folder. */
  public static void write(final ZooModel model) throws IOException {
    Files.writeString(
        model.manifestFile(), JSON.writeValueAsString(model.manifest()) + System.lineSeparator());
  }
}
