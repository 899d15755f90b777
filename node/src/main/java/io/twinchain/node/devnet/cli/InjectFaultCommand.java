/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet.cli;

import io.twinchain.node.devnet.DevnetException;
import io.twinchain.node.devnet.DevnetLayout;
import io.twinchain.node.devnet.SimulatorTopics;
import io.twinchain.node.devnet.sim.FaultInjection;
import io.twinchain.offload.machinery.MachineCondition;
import io.twinchain.offload.machinery.MachineState;
import io.twinchain.twin.mqtt.MqttTransportException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code devnet inject-fault DEVICE KIND}: publishes the fault on the simulator's control topic
 * (retained, so a restarted simulator resumes the machine in that state).
 */
@Command(
    name = "inject-fault",
    description = "Put a simulated machine into a fault condition (or back to healthy).")
public final class InjectFaultCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private DataPathOption data;

  @Parameters(index = "0", paramLabel = "DEVICE", description = "e.g. machine-03")
  private String device;

  @Parameters(
      index = "1",
      paramLabel = "KIND",
      description = "healthy, imbalance, misalignment, outer_race_fault or inner_race_fault")
  private String kind;

  @Option(
      names = "--severity",
      paramLabel = "S",
      defaultValue = "0.8",
      description = "Fault severity in [0, 1] (default: ${DEFAULT-VALUE}).")
  private double severity;

  @Override
  public Integer call() throws IOException {
    final DevnetLayout layout = data.layout();
    final MachineState state = state();
    if (IntStream.range(0, layout.devices())
        .mapToObj(DevnetLayout::deviceId)
        .noneMatch(device::equals)) {
      throw new DevnetException(
          "no device "
              + device
              + " in this devnet (machine-01 .. "
              + DevnetLayout.deviceId(layout.devices() - 1)
              + ")");
    }
    publish(layout.mqttUrl(), FaultInjection.json(state));
    final PrintWriter out = spec.commandLine().getOut();
    out.println(
        device + " -> " + state.condition().label() + " (severity " + state.severity() + ")");
    out.flush();
    return 0;
  }

  private MachineState state() {
    final MachineCondition condition =
        FaultInjection.condition(kind)
            .orElseThrow(
                () ->
                    new DevnetException(
                        "unknown fault kind '"
                            + kind
                            + "'; expected one of "
                            + FaultInjection.kinds()));
    if (!(severity >= 0 && severity <= 1)) {
      throw new DevnetException("--severity must be in [0, 1], was " + severity);
    }
    return condition == MachineCondition.HEALTHY
        ? MachineState.HEALTHY
        : new MachineState(condition, severity);
  }

  private void publish(final String brokerUrl, final String json) {
    try {
      final MqttClient client =
          new MqttClient(
              brokerUrl,
              "twinchain-inject-fault-" + ProcessHandle.current().pid(),
              new MemoryPersistence());
      client.connect();
      final MqttMessage message = new MqttMessage(json.getBytes(StandardCharsets.UTF_8));
      message.setQos(1);
      message.setRetained(true);
      client.publish(SimulatorTopics.fault(device), message);
      client.disconnect();
      client.close();
    } catch (MqttException e) {
      throw new MqttTransportException(
          "cannot reach the devnet broker at " + brokerUrl + " (is the devnet up?)", e);
    }
  }
}
