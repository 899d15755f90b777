/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.offload.channel.LogDistancePathLoss;
import io.twinchain.offload.latency.LayerTable;
import io.twinchain.offload.latency.LayerTables;
import io.twinchain.offload.sim.SampleDistribution;
import io.twinchain.offload.sim.ScenarioConfig;
import io.twinchain.offload.sim.ScenarioConfig.ChainConfig;
import io.twinchain.offload.sim.ScenarioConfig.ComputeConfig;
import io.twinchain.offload.sim.ScenarioConfig.RadioConfig;
import io.twinchain.offload.sim.ScenarioConfig.ReputationConfig;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/** The {@code scenario} object of a simulation config, one method per section. */
final class ScenarioSections {

  private ScenarioSections() {}

  static ScenarioConfig scenario(final JsonNode node, final Path base) {
    final JsonFields fields =
        new JsonFields(
            node,
            "scenario",
            Set.of(
                "gateways",
                "twinsPerGateway",
                "aps",
                "model",
                "samples",
                "radio",
                "compute",
                "chain",
                "reputation",
                "aggregation"));
    final ScenarioConfig d =
        ScenarioConfig.defaults(
            model(fields.text("model", SimulationConfigReader.BUILT_IN_MODEL), base));
    try {
      return new ScenarioConfig(
          fields.integer("gateways", d.gateways()),
          fields.integer("twinsPerGateway", d.twinsPerGateway()),
          fields.integer("aps", d.aps()),
          d.model(),
          samples(fields.object("samples"), d.samples()),
          radio(fields.object("radio"), d.radio()),
          compute(fields.object("compute"), d.compute()),
          chain(fields.object("chain"), d.chain()),
          reputation(fields.object("reputation"), d.reputation()),
          fields.choice("aggregation", d.aggregation()));
    } catch (final IllegalArgumentException e) {
      throw new InvalidConfigException("scenario: " + e.getMessage(), e);
    }
  }

  private static LayerTable model(final String name, final Path base) {
    final Optional<LayerTable> builtIn = LayerTables.builtIn(name);
    if (builtIn.isPresent()) {
      return builtIn.get();
    }
    final Path csv = base.resolve(name);
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return LayerTables.parse(csv.getFileName().toString(), reader);
    } catch (final IOException | IllegalArgumentException e) {
      throw new InvalidConfigException(
          "scenario.model: cannot use " + csv + ": " + e.getMessage(), e);
    }
  }

  private static SampleDistribution samples(final JsonNode node, final SampleDistribution d) {
    final JsonFields f = new JsonFields(node, "scenario.samples", Set.of("min", "max"));
    return new SampleDistribution(f.integer("min", d.min()), f.integer("max", d.max()));
  }

  private static RadioConfig radio(final JsonNode node, final RadioConfig d) {
    final JsonFields f =
        new JsonFields(
            node,
            "scenario.radio",
            Set.of(
                "bandwidthHz",
                "transmitPowerWatts",
                "noiseDbmPerHz",
                "pathLossInterceptDb",
                "pathLossSlopeDb",
                "minDistanceMeters",
                "maxDistanceMeters"));
    return new RadioConfig(
        f.number("bandwidthHz", d.bandwidthHz()),
        f.number("transmitPowerWatts", d.transmitPowerWatts()),
        f.number("noiseDbmPerHz", d.noiseDbmPerHz()),
        new LogDistancePathLoss(
            f.number("pathLossInterceptDb", d.pathLoss().interceptDb()),
            f.number("pathLossSlopeDb", d.pathLoss().slopeDb())),
        f.number("minDistanceMeters", d.minDistanceMeters()),
        f.number("maxDistanceMeters", d.maxDistanceMeters()));
  }

  private static ComputeConfig compute(final JsonNode node, final ComputeConfig d) {
    final JsonFields f =
        new JsonFields(
            node,
            "scenario.compute",
            Set.of(
                "gatewayFrequencyHz",
                "gatewayFlopsPerCycle",
                "apMaxFrequencyHz",
                "apFlopsPerCycle"));
    return new ComputeConfig(
        f.number("gatewayFrequencyHz", d.gatewayFrequencyHz()),
        f.number("gatewayFlopsPerCycle", d.gatewayFlopsPerCycle()),
        f.number("apMaxFrequencyHz", d.apMaxFrequencyHz()),
        f.number("apFlopsPerCycle", d.apFlopsPerCycle()));
  }

  private static ChainConfig chain(final JsonNode node, final ChainConfig d) {
    final JsonFields f =
        new JsonFields(
            node,
            "scenario.chain",
            Set.of(
                "cyclesPerHash", "baseDifficulty", "rho", "difficultyFloor", "propagationSeconds"));
    return new ChainConfig(
        f.number("cyclesPerHash", d.cyclesPerHash()),
        f.number("baseDifficulty", d.baseDifficulty()),
        f.number("rho", d.rho()),
        f.number("difficultyFloor", d.difficultyFloor()),
        f.number("propagationSeconds", d.propagationSeconds()));
  }

  private static ReputationConfig reputation(final JsonNode node, final ReputationConfig d) {
    final JsonFields f =
        new JsonFields(
            node, "scenario.reputation", Set.of("eta", "initialReputation", "gamma", "direction"));
    return new ReputationConfig(
        f.number("eta", d.eta()),
        f.number("initialReputation", d.initialReputation()),
        f.number("gamma", d.gamma()),
        f.choice("direction", d.direction()));
  }
}
