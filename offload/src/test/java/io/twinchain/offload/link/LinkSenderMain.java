/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.link;

import io.twinchain.offload.runtime.OrtSettings;
import io.twinchain.offload.runtime.Pacer;
import io.twinchain.offload.runtime.PartitionedModel;
import io.twinchain.offload.runtime.SampleInputs;
import io.twinchain.offload.tensor.Tensor;
import io.twinchain.offload.zoo.ModelZoo;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The gateway end of {@link ShapedLinkIT}, run inside the gateway's network namespace: {@code
 * <address> <port> <zoo> <model> <cut,cut,...> <repeats> [<modelled bit/s>]}. Runs the model's head
 * for each cut in ONNX Runtime, sends the cut tensor {@code repeats} times over a {@link
 * MeasuredLink} (around a {@link ModelledLink} at a constant rate if one is given), and prints
 * {@code transfer <cut> <bytes> <nanos>} per transfer and {@code estimate <bit/s>} at the end.
 */
public final class LinkSenderMain {
  /**
   * Images per frame: frames of 64–256 KiB keep a millisecond of scheduling delay on a busy machine
   * to a few percent of a transfer.
   */
  private static final int BATCH = 4;

  private LinkSenderMain() {}

  /** Entry point. */
  public static void main(final String[] args) throws Exception {
    final InetSocketAddress ap =
        new InetSocketAddress(InetAddress.getByName(args[0]), Integer.parseInt(args[1]));
    final int[] cuts = Arrays.stream(args[4].split(",")).mapToInt(Integer::parseInt).toArray();
    final int repeats = Integer.parseInt(args[5]);
    try (PartitionedModel model =
            new PartitionedModel(
                ModelZoo.open(Path.of(args[2])).model(args[3]).layers(),
                OrtSettings.SINGLE_THREAD);
        MeasuredLink link =
            new MeasuredLink(link(SocketChannel.open(ap), args), new ThroughputEstimator())) {
      final Tensor input = SampleInputs.uniform(model.layers(), BATCH, new SplittableRandom(1));
      link.send(input);
      for (final int cut : cuts) {
        final Tensor tensor = model.runHead(cut, input);
        for (int i = 0; i < repeats; i++) {
          final Transfer transfer = link.send(tensor);
          System.out.println("transfer " + cut + " " + transfer.bytes() + " " + transfer.nanos());
        }
      }
      System.out.println("estimate " + link.estimatedBitsPerSecond().orElseThrow());
    }
  }

  private static Link link(final SocketChannel socket, final String[] args) throws IOException {
    if (args.length < 7) {
      return SocketLink.direct(socket);
    }
    final double rate = Double.parseDouble(args[6]);
    return new ModelledLink(socket, () -> rate, Pacer.SYSTEM);
  }
}
