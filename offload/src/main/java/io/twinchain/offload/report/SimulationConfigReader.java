/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.twinchain.offload.sim.RandomStreams;
import io.twinchain.offload.sim.ScenarioConfig;
import io.twinchain.offload.sim.SimulationConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Reads a simulation config (JSON). Every field is optional and defaults to spec §6.3; see {@code
 * offload/src/main/resources/sim/default.json} for the full shape. {@code scenario.model} is a
 * built-in table ({@value #BUILT_IN_MODEL}, {@code vgg16-cifar10-blocks}) or the path of a
 * layer-table CSV, relative to the config file.
 */
public final class SimulationConfigReader {

  /** The name of the built-in spec §6.2 table. */
  public static final String BUILT_IN_MODEL = "vgg16-cifar10";

  private static final ObjectMapper JSON = new ObjectMapper();

  private SimulationConfigReader() {}

  /** Classpath resource of the committed default config. */
  public static final String DEFAULT_RESOURCE = "/sim/default.json";

  /** The committed default config ({@value #DEFAULT_RESOURCE}). */
  public static SimulationConfig readDefault() {
    return readBuiltIn(DEFAULT_RESOURCE);
  }

  /**
   * A config committed on the classpath, e.g. {@value #DEFAULT_RESOURCE} or {@code
   * /sim/small-oracle.json}.
   */
  public static SimulationConfig readBuiltIn(final String resource) {
    try (InputStream in = SimulationConfigReader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new InvalidConfigException("no built-in config " + resource);
      }
      return parse(JSON.readTree(in), Path.of("."));
    } catch (final IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a config file. */
  public static SimulationConfig read(final Path file) {
    try {
      final JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
      return parse(root, file.toAbsolutePath().getParent());
    } catch (final JsonProcessingException e) {
      throw new InvalidConfigException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
    } catch (final IOException e) {
      throw new InvalidConfigException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses a config tree; relative model paths resolve against {@code base}. */
  public static SimulationConfig parse(final JsonNode root, final Path base) {
    final JsonFields top =
        new JsonFields(
            root,
            "config",
            Set.of(
                "slots",
                "seeds",
                "firstSeed",
                "tradeOff",
                "tradeOffSweep",
                "apSweep",
                "gammaSweep",
                "oracle",
                "scenario",
                "description"));
    final ScenarioConfig scenario = ScenarioSections.scenario(top.object("scenario"), base);
    try {
      scenario.build(new RandomStreams(0));
      return new SimulationConfig(
          scenario,
          top.integer("slots", 1000),
          top.integer("seeds", 10),
          top.integer("firstSeed", 1),
          top.number("tradeOff", 10),
          top.numbers("tradeOffSweep", List.of(0.1, 1.0, 10.0, 100.0, 1000.0)),
          top.numbers("apSweep", List.of(3.0, 5.0, 7.0, 10.0)).stream()
              .map(Double::intValue)
              .toList(),
          top.numbers("gammaSweep", List.of(0.3, 0.4, 0.5, 0.6, 0.7)),
          top.bool("oracle", false));
    } catch (final IllegalArgumentException e) {
      throw new InvalidConfigException("config: " + e.getMessage(), e);
    }
  }
}
