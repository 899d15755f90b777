/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.scratch;

import io.twinchain.twin.broker.EmbeddedHiveMqBroker;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.sim.TelemetryPublisher;
import io.twinchain.twin.testsupport.FreePort;
import io.twinchain.twin.testsupport.TwinHarness;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RateProbeIT {
  @Test
  void probe(@TempDir Path b, @TempDir Path d) throws Exception {
    try (EmbeddedHiveMqBroker broker =
            EmbeddedHiveMqBroker.start(
                b, "127.0.0.1", FreePort.next(), Optional.empty(), Optional.empty());
        TwinHarness h = new TwinHarness(d, broker.url());
        TelemetryPublisher p = new TelemetryPublisher(broker.url(), "pub", 500)) {
      long t = System.nanoTime();
      for (int i = 0; i < 5000; i++)
        p.publish("twinchain/gw1/pump-1/telemetry", "{\"n\":" + i + "}", "r-" + i);
      p.flush();
      System.out.println("RATE published in ms " + (System.nanoTime() - t) / 1e6);
      h.awaitThing(
          ThingId.of("plant:pump-1"), th -> th.revision() == 5001, Duration.ofSeconds(120));
      System.out.println("RATE ingested in ms " + (System.nanoTime() - t) / 1e6);
    }
  }
}
