/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.twinchain.offload.channel.LogDistancePathLoss;
import io.twinchain.offload.channel.RayleighFadingChannel;
import io.twinchain.offload.channel.UplinkBudget;
import io.twinchain.offload.runtime.ManualPacer;
import io.twinchain.offload.tensor.Tensor;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real bytes over loopback to a real {@link LinkReceiver}, paced on a {@link ManualPacer}: the
 * pacing alone must account for (bytes − bucket) × 8 / rate of the current slot.
 */
class ModelledLinkTest {
  private final ManualPacer clock = new ManualPacer();
  private final List<float[]> received = new ArrayList<>();
  private ServerSocketChannel server;
  private CompletableFuture<Long> receiver;

  @BeforeEach
  void startReceiver() throws IOException {
    server =
        ServerSocketChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    receiver =
        CompletableFuture.supplyAsync(
            () -> {
              try (SocketChannel socket = server.accept()) {
                return new LinkReceiver(socket).serve(t -> received.add(floats(t)));
              } catch (final IOException e) {
                throw new IllegalStateException(e);
              }
            });
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  @Test
  void traceRatesPaceEachSlotAndTheTensorArrivesIntact() throws Exception {
    final Tensor tensor = tensor(16 * 32 * 32);
    final long frameBytes = 16 + 4 * 8 + tensor.byteSize();
    try (ModelledLink link =
        new ModelledLink(connect(), RateTrace.parse(List.of("rate_bps", "2e7", "5e6")), clock)) {
      final Transfer fast = link.send(tensor);
      clock.advance(1_000_000_000L);
      assertThat(link.startSlot()).isEqualTo(5e6);
      final Transfer slow = link.send(tensor);
      assertThat(fast.bytes()).isEqualTo(frameBytes);
      assertThat(fast.nanos()).isCloseTo(pacedNanos(frameBytes, 2e7), within(1_000L));
      assertThat(slow.nanos()).isCloseTo(pacedNanos(frameBytes, 5e6), within(1_000L));
    }
    assertThat(receiver.get()).isEqualTo(2);
    assertThat(received).allSatisfy(values -> assertThat(values).isEqualTo(floats(tensor)));
  }

  @Test
  void rayleighFadingDrawsOneRatePerSlot() throws Exception {
    final RayleighFadingChannel channel =
        new RayleighFadingChannel(
            List.of(new UplinkBudget(1e6, 0.2, 150)),
            LogDistancePathLoss.URBAN_MACRO,
            RayleighFadingChannel.THERMAL_NOISE_WATTS_PER_HZ);
    final SplittableRandom expected = new SplittableRandom(7);
    final Tensor tensor = tensor(4096);
    final long frameBytes = 16 + 4 * 8 + tensor.byteSize();
    try (ModelledLink link =
        new ModelledLink(connect(), new FadingRates(channel, 0, new SplittableRandom(7)), clock)) {
      for (int slot = 0; slot < 3; slot++) {
        final double rate = slot == 0 ? link.currentRate() : link.startSlot();
        assertThat(rate).isEqualTo(channel.rates(expected)[0]);
        assertThat(link.send(tensor).nanos())
            .isCloseTo(pacedNanos(frameBytes, rate), within(1_000L));
        clock.advance(1_000_000_000L);
      }
    }
  }

  private static long pacedNanos(final long frameBytes, final double bitsPerSecond) {
    return Math.round((frameBytes - ModelledLink.CHUNK_BYTES) * 8 / bitsPerSecond * 1e9);
  }

  private SocketChannel connect() throws IOException {
    return SocketChannel.open(server.getLocalAddress());
  }

  private static Tensor tensor(final int elements) {
    final float[] values = new float[elements];
    for (int i = 0; i < elements; i++) {
      values[i] = i * 0.5f;
    }
    return Tensor.ofFloats(new long[] {1, 1, 1, elements}, values);
  }

  private static float[] floats(final Tensor tensor) {
    final float[] values = new float[Math.toIntExact(tensor.elementCount())];
    tensor.floats().get(values);
    return values;
  }
}
