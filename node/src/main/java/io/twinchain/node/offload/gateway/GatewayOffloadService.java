/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.gateway;

import io.twinchain.node.controller.SlotScheduler;
import io.twinchain.offload.machinery.ConditionPrediction;
import io.twinchain.offload.tensor.DType;
import io.twinchain.offload.tensor.Tensor;
import io.twinchain.twin.model.ThingId;
import io.twinchain.twin.store.TwinStore;
import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's offload loop (DESIGN.md, data flow steps 4–5): every slot it collects each twin's
 * vibration windows completed since the last slot (D_n(t) of them), runs the twin's DNN split as
 * the {@link PartitionPlan} says through the {@link OffloadClient}, writes the verdict into the
 * twin's {@link ConditionFeature} through the twin command path (a new revision and event), and
 * records the partition used in the {@link PartitionHistory}. A failed twin is logged and counted;
 * the others and the next slot go on.
 */
public final class GatewayOffloadService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(GatewayOffloadService.class);

  /**
   * Where in a slot the loop runs: after the controller's decision for the slot (30%) is applied,
   * so the cut, the AP's share and the receipt's share all come from the same decision.
   */
  static final int SLOT_OFFSET_PERCENT = 50;

  private final TelemetryWindows windows;
  private final PartitionPlan plan;
  private final OffloadClient client;
  private final TwinCommands twins;
  private final PartitionHistory history;
  private final ShareAwareOffload offload;
  private final AtomicLong failures = new AtomicLong();
  private final SlotScheduler loop;

  /**
   * @param store the gateway's twins, read for telemetry
   * @param twins the command path the condition is written through
   * @param plan model, cut and AP per twin
   * @param client runs the split inference
   * @param history where the partitions used are recorded
   * @param ports the slot clock, the APs' shares and where completed AP work goes
   */
  public GatewayOffloadService(
      final TwinStore store,
      final TwinCommands twins,
      final PartitionPlan plan,
      final OffloadClient client,
      final PartitionHistory history,
      final SlotLoopPorts ports) {
    this.windows = new TelemetryWindows(store, "", 64);
    this.twins = twins;
    this.plan = plan;
    this.client = client;
    this.history = history;
    this.offload = new ShareAwareOffload(client, ports);
    this.loop =
        new SlotScheduler(
            "gateway-offload",
            ports.clock(),
            ports.clock().slotLength().multipliedBy(SLOT_OFFSET_PERCENT).dividedBy(100),
            this::runSlot);
  }

  /** Runs the loop once per slot of the clock, at {@link #SLOT_OFFSET_PERCENT} of the slot. */
  public void start() {
    loop.start();
  }

  /** One slot: every twin with new windows is classified once. */
  void runSlot(final long slot) {
    client.pacing().startSlot();
    for (final Map.Entry<ThingId, List<float[]>> twin : windows.drain().entrySet()) {
      plan.assignment(twin.getKey())
          .ifPresentOrElse(
              assignment -> classify(slot, twin.getKey(), assignment, twin.getValue()),
              () -> LOG.debug("No partition assigned to {}", twin.getKey()));
    }
  }

  private void classify(
      final long slot,
      final ThingId thingId,
      final Assignment assignment,
      final List<float[]> batch) {
    try {
      final OffloadOutcome outcome = offload.run(slot, thingId, assignment, stack(batch));
      final List<ConditionPrediction> predictions =
          ConditionPrediction.fromLogits(outcome.output());
      history.record(
          thingId,
          new PartitionRecord(
              slot, assignment, batch.size(), outcome.cutBytes(), outcome.latency()));
      twins
          .modifyFeatureProperties(
              thingId, ConditionFeature.ID, ConditionFeature.properties(slot, outcome, predictions))
          .whenComplete(
              (thing, error) -> {
                if (error != null) {
                  LOG.warn("Condition of {} not written: {}", thingId, error.toString());
                }
              });
    } catch (final ExecutionException | RuntimeException e) {
      failures.incrementAndGet();
      LOG.warn("Offloaded inference of {} at cut {} failed: {}", thingId, assignment.cut(), e);
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Windows of equal length as a [D, 1, samples] batch. */
  private static Tensor stack(final List<float[]> batch) {
    final int samples = batch.getFirst().length;
    final Tensor tensor = Tensor.allocate(DType.FLOAT32, new long[] {batch.size(), 1, samples});
    final FloatBuffer values = tensor.floats();
    batch.forEach(values::put);
    return tensor;
  }

  /** Inferences that failed since the start. */
  public long failures() {
    return failures.get();
  }

  /** Inferences run wholly on the gateway because the AP had no inference share. */
  public long fallbacks() {
    return offload.fallbacks();
  }

  /** The plan the loop follows; the controller sets it. */
  public PartitionPlan plan() {
    return plan;
  }

  /** The offload client; its measured link rate is the r_m(t) to report for a real link. */
  public OffloadClient client() {
    return client;
  }

  /** The partitions used, per twin and slot. */
  public PartitionHistory history() {
    return history;
  }

  @Override
  public void close() {
    loop.close();
  }
}
