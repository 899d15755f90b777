/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.twinchain.node.offload.ap.TailService;
import io.twinchain.node.offload.bench.LoopbackOffloadPair;
import io.twinchain.node.offload.gateway.Assignment;
import io.twinchain.node.offload.gateway.OffloadClient;
import io.twinchain.node.offload.gateway.OffloadOutcome;
import io.twinchain.node.offload.wire.TailChunk;
import io.twinchain.node.offload.wire.TailError;
import io.twinchain.node.offload.wire.TailRejectedException;
import io.twinchain.node.offload.wire.TailRequest;
import io.twinchain.node.offload.wire.TailResponse;
import io.twinchain.offload.tensor.Tensor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The execution path between a gateway and an AP on the real P2P stack: split results equal the
 * unsplit model, and every bad request gets its typed error while the AP keeps serving.
 */
class TailServiceTest {
  private static final String MODEL = "vibration-cnn";
  private static final Duration TIMEOUT = LoopbackTails.TIMEOUT;

  @TempDir static Path dir;
  private static LoopbackTails loop;
  private static LoopbackOffloadPair pair;
  private static ModelRuntimes runtimes;
  private static TailService tails;
  private static OffloadClient client;

  @BeforeAll
  static void connect() throws Exception {
    loop = new LoopbackTails(dir);
    pair = loop.pair();
    runtimes = loop.runtimes();
    tails = loop.tails();
    client = loop.client();
  }

  @AfterAll
  static void close() {
    loop.close();
  }

  private static Tensor windows(final int count) {
    return LoopbackTails.windows(count);
  }

  @Test
  void everyCutOverP2PGivesTheUnsplitOutput() throws Exception {
    final Tensor input = windows(3);
    final float[] expected = floats(runtimes.model(MODEL).full().run(input));
    for (int cut = 0; cut <= 10; cut++) {
      final OffloadOutcome outcome =
          client.infer(new Assignment(MODEL, cut, pair.ap().id()), input);
      assertThat(floats(outcome.output()))
          .as("cut %d", cut)
          .containsExactly(expected, org.assertj.core.data.Offset.offset(1e-5f));
      assertThat(outcome.latency().tailNanos()).isGreaterThanOrEqualTo(0);
    }
  }

  @Test
  void requestsStreamedInManyChunksGiveTheUnsplitOutput() throws Exception {
    final Tensor input = windows(8);
    final float[] expected = floats(runtimes.model(MODEL).full().run(input));
    for (final int cut : new int[] {0, 1, 3}) {
      final OffloadOutcome outcome =
          client.infer(new Assignment(MODEL, cut, pair.ap().id()), input);
      assertThat(outcome.cutBytes()).as("cut %d", cut).isGreaterThan(TailChunk.CHUNK_BYTES);
      assertThat(floats(outcome.output()))
          .as("cut %d", cut)
          .containsExactly(expected, org.assertj.core.data.Offset.offset(1e-5f));
    }
  }

  @Test
  void badChunksGetTypedErrorsAndTheApKeepsServing() throws Exception {
    final Bytes request = new TailRequest(MODEL, 0, windows(8)).encode();
    final List<TailChunk> chunks = TailChunk.split(99, request);
    assertThat(chunks).hasSizeGreaterThan(1);
    assertRejected(TailChunk.TOPIC, Bytes.of(1, 2, 3), TailError.MALFORMED_REQUEST);
    assertRejected(TailChunk.TOPIC, chunks.get(1).encode(), TailError.MALFORMED_REQUEST);
    assertRejected(
        TailChunk.TOPIC,
        new TailChunk(100, Integer.MAX_VALUE, 0, Bytes.of(1)).encode(),
        TailError.MALFORMED_REQUEST);
    final Bytes truncated = request.slice(0, request.size() - 4);
    final List<TailChunk> pieces = TailChunk.split(101, truncated);
    for (int i = 0; i < pieces.size() - 1; i++) {
      ask(TailChunk.TOPIC, pieces.get(i).encode());
    }
    assertRejected(
        TailChunk.TOPIC, pieces.get(pieces.size() - 1).encode(), TailError.MALFORMED_FRAME);
    assertThat(client.infer(new Assignment(MODEL, 0, pair.ap().id()), windows(8)).output().shape())
        .containsExactly(8, 5);
  }

  @Test
  void badRequestsGetTypedErrorsAndTheApKeepsServing() throws Exception {
    final Tensor window = windows(1);
    assertRejected(Bytes.of(7, 7, 7), TailError.MALFORMED_REQUEST);
    assertRejected(corruptMagic(new TailRequest(MODEL, 2, window)), TailError.MALFORMED_FRAME);
    assertRejected(new TailRequest("no-such-model", 2, window).encode(), TailError.UNKNOWN_MODEL);
    assertRejected(new TailRequest(MODEL, 11, window).encode(), TailError.CUT_OUT_OF_RANGE);
    assertRejected(
        new TailRequest(MODEL, 5, Tensor.allocate(window.dtype(), new long[] {1, 3, 7})).encode(),
        TailError.SHAPE_MISMATCH);
    tails.setInferenceShare(0);
    try {
      assertRejected(new TailRequest(MODEL, 0, window).encode(), TailError.NO_INFERENCE_SHARE);
      // Cut L leaves nothing to the AP: it answers without an inference share.
      assertThat(client.infer(new Assignment(MODEL, 10, pair.ap().id()), window).output().shape())
          .containsExactly(1, 5);
    } finally {
      tails.setInferenceShare(1);
    }
    assertThat(client.infer(new Assignment(MODEL, 4, pair.ap().id()), window).output().shape())
        .containsExactly(1, 5);
  }

  @Test
  void aCutBeyondTheModelIsRefusedAtTheGateway() {
    assertThatThrownBy(() -> client.infer(new Assignment(MODEL, 42, pair.ap().id()), windows(1)))
        .isInstanceOf(io.twinchain.offload.split.CutPointOutOfRangeException.class);
  }

  private static void assertRejected(final Bytes request, final TailError error) throws Exception {
    assertRejected(TailRequest.TOPIC, request, error);
  }

  private static Bytes ask(final String topic, final Bytes request) throws Exception {
    return pair.gateway().requests().request(pair.ap().id(), topic, request, TIMEOUT).get();
  }

  private static void assertRejected(final String topic, final Bytes request, final TailError error)
      throws Exception {
    final Bytes answer = ask(topic, request);
    assertThatThrownBy(() -> TailResponse.resultOf(answer))
        .isInstanceOfSatisfying(
            TailRejectedException.class, e -> assertThat(e.error()).isEqualTo(error));
  }

  private static Bytes corruptMagic(final TailRequest request) {
    final byte[] bytes = request.encode().toArray();
    bytes[4 + request.modelId().length()] ^= 0x55;
    return Bytes.wrap(bytes);
  }

  private static float[] floats(final Tensor tensor) {
    final Function<Tensor, float[]> read =
        t -> {
          final float[] out = new float[(int) t.elementCount()];
          t.floats().get(out);
          return out;
        };
    return read.apply(tensor);
  }
}
