/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.twin.ingest;

import io.twinchain.twin.model.Thing;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.testsupport.TwinHarness;
import java.nio.file.Path;
import java.util.List;

/**
 * A gateway's ingestion in its own JVM, for the crash test: {@code IngestionProcess <brokerUrl>
 * <dataDir>}. Prints {@code READY} once subscribed, then {@code APPLIED <n>} (the summed durable
 * revisions of the test twins) ten times a second until it is killed.
 */
public final class IngestionProcess {

  static final List<ThingId> THINGS =
      List.of(ThingId.of("plant:pump-1"), ThingId.of("plant:valve-1"), ThingId.of("plant:meter-1"));

  private IngestionProcess() {}

  /** Runs until killed. */
  public static void main(final String[] args) throws InterruptedException {
    final TwinHarness harness = new TwinHarness(Path.of(args[1]), args[0]);
    System.out.println("READY");
    System.out.flush();
    while (true) {
      final long applied =
          THINGS.stream()
              .mapToLong(id -> harness.store().get(id).map(Thing::revision).orElse(0L))
              .sum();
      System.out.println("APPLIED " + applied);
      System.out.flush();
      Thread.sleep(100);
    }
  }
}
