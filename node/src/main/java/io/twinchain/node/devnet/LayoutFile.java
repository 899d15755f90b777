/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code layout.json} in the devnet folder: the sizes, host and port offset chosen by {@code up},
 * so that {@code resume}, {@code status}, the broker and the simulator see the same layout.
 */
public final class LayoutFile {
  static final String NAME = "layout.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private LayoutFile() {}

  /** Writes {@code layout} into its data folder. */
  public static void write(final DevnetLayout layout) throws IOException {
    final ObjectNode json = MAPPER.createObjectNode();
    json.put("host", layout.host());
    json.put("accessPoints", layout.accessPoints());
    json.put("gateways", layout.gateways());
    json.put("devices", layout.devices());
    json.put("portOffset", layout.portOffset());
    Files.createDirectories(layout.dataDir());
    MAPPER.writerWithDefaultPrettyPrinter().writeValue(file(layout.dataDir()).toFile(), json);
  }

  /** The layout of the devnet in {@code dataDir}; empty when none was generated there. */
  public static Optional<DevnetLayout> read(final Path dataDir) throws IOException {
    final Path file = file(dataDir);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    final JsonNode json = MAPPER.readTree(file.toFile());
    return Optional.of(
        new DevnetLayout(
            dataDir.toAbsolutePath(),
            json.path("host").asText("127.0.0.1"),
            json.path("accessPoints").asInt(),
            json.path("gateways").asInt(),
            json.path("devices").asInt(),
            json.path("portOffset").asInt()));
  }

  /** Like {@link #read} but failing with a message that says how to create one. */
  public static DevnetLayout require(final Path dataDir) throws IOException {
    return read(dataDir)
        .orElseThrow(
            () ->
                new DevnetException(
                    "no devnet in "
                        + dataDir.toAbsolutePath()
                        + " (start one with `twinchain devnet up`)"));
  }

  static Path file(final Path dataDir) {
    return dataDir.resolve(NAME);
  }
}
