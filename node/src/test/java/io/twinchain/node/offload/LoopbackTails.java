/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload;

import io.twinchain.node.offload.ap.TailService;
import io.twinchain.node.offload.bench.LoopbackOffloadPair;
import io.twinchain.node.offload.gateway.LinkPacing;
import io.twinchain.node.offload.gateway.OffloadClient;
import io.twinchain.offload.link.ThroughputEstimator;
import io.twinchain.offload.machinery.MachineProfile;
import io.twinchain.offload.machinery.SimulatedMachine;
import io.twinchain.offload.runtime.ThrottledExecutor;
import io.twinchain.offload.tensor.Tensor;
import io.twinchain.offload.zoo.ModelZoo;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A gateway's offload client and an AP's tail service on the real P2P stack of one process, over
 * the repository's model zoo, connected: the fixture of the execution-path tests.
 */
public final class LoopbackTails implements AutoCloseable {
  /** Longest wait for an AP's answer. */
  public static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final LoopbackOffloadPair pair;
  private final ModelRuntimes runtimes;
  private final TailService tails;
  private final OffloadClient client;

  /** Starts both nodes under {@code dir} and connects them. */
  public LoopbackTails(final Path dir) throws InterruptedException, IOException {
    pair = new LoopbackOffloadPair(dir);
    runtimes = new ModelRuntimes(ModelZoo.open(Path.of("..", "offload", "models")));
    tails = new TailService(runtimes, new ThrottledExecutor());
    tails.register(pair.ap().requests());
    client =
        new OffloadClient(
            runtimes,
            pair.gateway().requests(),
            LinkPacing.real(),
            new ThroughputEstimator(),
            TIMEOUT);
    pair.connect();
  }

  /** The two nodes. */
  public LoopbackOffloadPair pair() {
    return pair;
  }

  /** The zoo's models, shared by both sides. */
  public ModelRuntimes runtimes() {
    return runtimes;
  }

  /** The AP's service. */
  public TailService tails() {
    return tails;
  }

  /** The gateway's client. */
  public OffloadClient client() {
    return client;
  }

  /** {@code count} simulated pump windows as a [count, 1, 1024] batch. */
  public static Tensor windows(final int count) {
    final SimulatedMachine machine = new SimulatedMachine(MachineProfile.PUMP_MOTOR, 11);
    final float[] values = new float[count * 1024];
    for (int i = 0; i < count; i++) {
      System.arraycopy(machine.nextWindow(), 0, values, i * 1024, 1024);
    }
    return Tensor.ofFloats(new long[] {count, 1, 1024}, values);
  }

  @Override
  public void close() {
    pair.close();
    tails.close();
    runtimes.close();
  }
}
