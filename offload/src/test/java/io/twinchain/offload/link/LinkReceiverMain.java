/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.link;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * The AP end of {@link ShapedLinkIT}, run inside the AP's network namespace: {@code <address>
 * <port>}. Prints {@code listening} once bound, serves one gateway connection, then prints the
 * number of frames received.
 */
public final class LinkReceiverMain {
  private LinkReceiverMain() {}

  /** Entry point. */
  public static void main(final String[] args) throws IOException {
    try (ServerSocketChannel server =
        ServerSocketChannel.open()
            .bind(
                new InetSocketAddress(InetAddress.getByName(args[0]), Integer.parseInt(args[1])))) {
      System.out.println("listening");
      System.out.flush();
      try (SocketChannel socket = server.accept()) {
        System.out.println("received " + new LinkReceiver(socket).serve(tensor -> {}));
      }
    }
  }
}
