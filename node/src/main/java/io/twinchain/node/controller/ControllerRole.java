/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import io.twinchain.chain.txpool.SubmitResult;
import io.twinchain.node.keys.NodeId;
import io.twinchain.node.keys.NodeKey;
import io.twinchain.node.p2p.RequestResponseChannel;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.tuweni.bytes.Bytes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The controller node's role: collects the gateways' workload reports, and once per slot decides
 * (DPRA or a baseline), signs the decision with its node key, publishes it and records it in {@code
 * ControllerLog}.
 */
public final class ControllerRole {
  private static final Logger LOG = LoggerFactory.getLogger(ControllerRole.class);

  private final ReportBook reports;
  private final DecisionMaker maker;
  private final NodeKey key;
  private final DecisionPublisher publisher;
  private final Optional<ControllerLogRecorder> recorder;
  private final AtomicLong refusedRecords = new AtomicLong();

  /**
   * @param setup what to decide for
   * @param key the controller's node key
   * @param publisher sends decisions to every node
   * @param recorder records decisions on chain, empty where the node has no transaction pool
   */
  public ControllerRole(
      final ControllerSetup setup,
      final NodeKey key,
      final DecisionPublisher publisher,
      final Optional<ControllerLogRecorder> recorder) {
    this.reports = new ReportBook(setup);
    this.maker = new DecisionMaker(setup);
    this.key = key;
    this.publisher = publisher;
    this.recorder = recorder;
  }

  /** Serves the gateways' reports on {@link ControllerTopics#REPORT}. */
  public void register(final RequestResponseChannel channel) {
    channel.register(
        ControllerTopics.REPORT,
        (from, payload) -> {
          try {
            receive(from, WorkloadReport.decode(payload));
            return CompletableFuture.completedFuture(Bytes.EMPTY);
          } catch (ControllerMessageException e) {
            return CompletableFuture.failedFuture(e);
          }
        });
  }

  /**
   * Books a gateway's report: from a peer over {@link ControllerTopics#REPORT}, or directly when
   * the controller runs on that gateway (a node has no P2P connection to itself).
   */
  public void receive(final NodeId from, final WorkloadReport report)
      throws ControllerMessageException {
    try {
      reports.add(from, report);
    } catch (ControllerMessageException e) {
      LOG.debug("report from {} refused: {}", from.shortId(), e.getMessage());
      throw e;
    }
  }

  /** The slot tick: decides, signs, publishes and records slot {@code slot}. */
  public SignedDecision onSlot(final long slot) {
    final SignedDecision signed = SignedDecision.sign(maker.decide(reports.close(slot)), key);
    publisher.publish(signed);
    recorder.ifPresent(r -> logRefusal(slot, r.record(signed.decision())));
    return signed;
  }

  /** The queues and reputations the next decision starts from. */
  public DecisionMaker maker() {
    return maker;
  }

  /** ControllerLog transactions the pool refused. */
  public long refusedRecords() {
    return refusedRecords.get();
  }

  private void logRefusal(final long slot, final SubmitResult result) {
    if (result instanceof SubmitResult.Rejected rejected) {
      refusedRecords.incrementAndGet();
      LOG.warn("ControllerLog record for slot {} refused: {}", slot, rejected);
    }
  }
}
