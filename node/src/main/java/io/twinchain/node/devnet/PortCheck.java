/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.devnet;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/** Refuses to start a devnet process whose port another program already holds. */
final class PortCheck {
  private PortCheck() {}

  /** Throws a {@link DevnetException} naming the first port of {@code process} that is taken. */
  static void requireFree(final String host, final DevnetProcess process) {
    for (final Map.Entry<String, Integer> port : process.ports().entrySet()) {
      if (!free(host, port.getValue())) {
        throw new DevnetException(
            "port "
                + port.getValue()
                + " ("
                + process.name()
                + " "
                + port.getKey()
                + ") is already in use on "
                + host
                + ". Stop the program holding it (`ss -ltnp | grep "
                + port.getValue()
                + "`) or start the devnet elsewhere with `twinchain devnet up --port-offset N --data-path DIR`.");
      }
    }
  }

  private static boolean free(final String host, final int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new java.net.InetSocketAddress(InetAddress.getByName(host), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
