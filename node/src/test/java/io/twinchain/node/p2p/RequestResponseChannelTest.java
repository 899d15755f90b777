/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p;

import static io.twinchain.node.testsupport.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.tuweni.bytes.Bytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generic request/response channel between two real nodes. */
class RequestResponseChannelTest {

  @TempDir Path dir;

  @Test
  void answersErrorsAndTimeouts() throws Exception {
    try (TestPeer a = new TestPeer(dir.resolve("a"), 1337);
        TestPeer b = new TestPeer(dir.resolve("b"), 1337)) {
      final RequestResponseChannel channelA = new RequestResponseChannel(a.network);
      final RequestResponseChannel channelB = new RequestResponseChannel(b.network);
      channelB.register(
          "echo",
          (from, payload) ->
              CompletableFuture.completedFuture(Bytes.concatenate(payload, payload)));
      channelB.register(
          "broken",
          (from, payload) -> CompletableFuture.failedFuture(new IllegalStateException("boom")));
      channelB.register("silent", (from, payload) -> new CompletableFuture<>());
      a.dialMutuallyAllowed(b);
      await("connected", () -> a.connectedTo(b) && b.connectedTo(a));

      final Duration timeout = Duration.ofSeconds(5);
      assertThat(channelA.request(b.key.nodeId(), "echo", Bytes.of(1, 2), timeout).get())
          .isEqualTo(Bytes.of(1, 2, 1, 2));
      assertThatThrownBy(
              () -> channelA.request(b.key.nodeId(), "nobody", Bytes.EMPTY, timeout).get())
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(RequestFailedException.class)
          .hasMessageContaining("UNKNOWN_TOPIC");
      assertThatThrownBy(
              () -> channelA.request(b.key.nodeId(), "broken", Bytes.EMPTY, timeout).get())
          .hasMessageContaining("HANDLER_FAILED");
      assertThatThrownBy(
              () ->
                  channelA
                      .request(b.key.nodeId(), "silent", Bytes.EMPTY, Duration.ofMillis(200))
                      .get())
          .hasCauseInstanceOf(TimeoutException.class);
    }
  }
}
