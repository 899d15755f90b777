/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.twinchain.offload.controller.ConstraintDirection;
import io.twinchain.offload.latency.InferenceAggregation;
import io.twinchain.offload.sim.SimulationConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed default config is the spec §6.3 table; bad configs fail with the field named. */
class SimulationConfigReaderTest {

  @TempDir Path dir;

  @Test
  void defaultConfigIsTheSpecTable() {
    final SimulationConfig config = SimulationConfigReader.readDefault();
    assertThat(config.slots()).isEqualTo(1000);
    assertThat(config.seeds()).isEqualTo(10);
    assertThat(config.tradeOff()).isEqualTo(10);
    assertThat(config.scenario().gateways() * config.scenario().twinsPerGateway()).isEqualTo(10);
    assertThat(config.scenario().aps()).isEqualTo(5);
    assertThat(config.scenario().radio().bandwidthHz()).isEqualTo(1e6);
    assertThat(config.scenario().chain().baseDifficulty()).isEqualTo(1e6);
    assertThat(config.scenario().reputation().gamma()).isEqualTo(0.5);
    assertThat(config.scenario().reputation().direction()).isEqualTo(ConstraintDirection.AT_LEAST);
    assertThat(config.scenario().aggregation()).isEqualTo(InferenceAggregation.MAX_OF_PIPELINES);
    assertThat(config.scenario().model().layerCount()).isEqualTo(21);
  }

  @Test
  void absentFieldsTakeDefaultsAndModelPathsResolveAgainstTheConfig() throws IOException {
    Files.writeString(
        dir.resolve("tiny.csv"), "layer,name,mflops,kbit\n0,input,0,10\n1,fc,2,1\n2,fc,1,0.1\n");
    final Path file = write("{\"seeds\": 3, \"scenario\": {\"model\": \"tiny.csv\", \"aps\": 2}}");
    final SimulationConfig config = SimulationConfigReader.read(file);
    assertThat(config.seeds()).isEqualTo(3);
    assertThat(config.slots()).isEqualTo(1000);
    assertThat(config.scenario().aps()).isEqualTo(2);
    assertThat(config.scenario().model().layerCount()).isEqualTo(2);
  }

  @Test
  void smallOracleConfigFitsTheOracle() {
    final SimulationConfig config = SimulationConfigReader.readBuiltIn("/sim/small-oracle.json");
    assertThat(config.oracle()).isTrue();
    assertThat(config.scenario().model().layerCount()).isEqualTo(6);
    assertThat(config.scenario().model().totalFlops())
        .isCloseTo(
            SimulationConfigReader.readDefault().scenario().model().totalFlops(),
            org.assertj.core.api.Assertions.within(1e6));
  }

  @Test
  void oracleOnALargeInstanceIsRefusedUpFront() throws IOException {
    assertThatThrownBy(() -> SimulationConfigReader.read(write("{\"oracle\": true}")))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("brute-force oracle");
  }

  @Test
  void unknownFieldIsNamed() throws IOException {
    assertThatThrownBy(
            () ->
                SimulationConfigReader.read(
                    write("{\"scenario\": {\"radio\": {\"bandwith\": 1}}}")))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("scenario.radio.bandwith");
  }

  @Test
  void wrongTypesAndValuesAreRejected() throws IOException {
    assertThatThrownBy(() -> SimulationConfigReader.read(write("{\"slots\": \"many\"}")))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("config.slots");
    assertThatThrownBy(() -> SimulationConfigReader.read(write("{\"tradeOff\": -1}")))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("V must be > 0");
    assertThatThrownBy(
            () -> SimulationConfigReader.read(write("{\"scenario\": {\"chain\": {\"rho\": -2}}}")))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("rho");
    assertThatThrownBy(
            () -> SimulationConfigReader.read(write("{\"scenario\": {\"aggregation\": \"MEAN\"}}")))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("MAX_OF_PIPELINES");
    assertThatThrownBy(() -> SimulationConfigReader.read(write("{not json")))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("not valid JSON");
  }

  private Path write(final String json) throws IOException {
    final Path file = dir.resolve("config.json");
    Files.writeString(file, json);
    return file;
  }
}
