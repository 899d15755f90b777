/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.latency;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Who serves whom (spec §1.1, §2.4): a_{n,m} as the gateway of each DT and b_{m,k} as the serving
 * AP of each gateway. Each DT sits at exactly one gateway and each gateway uploads to exactly one
 * AP.
 */
public final class Topology {

  private final int[] gatewayOfTwin;
  private final int[] apOfGateway;
  private final int apCount;
  private final int[][] gatewaysOfAp;
  private final int[][] twinsOfAp;

  /**
   * @param gatewayOfTwin m(n) for every DT n
   * @param apOfGateway k(m) for every gateway m
   * @param apCount K
   */
  public Topology(final int[] gatewayOfTwin, final int[] apOfGateway, final int apCount) {
    if (gatewayOfTwin.length == 0 || apOfGateway.length == 0 || apCount < 1) {
      throw new IllegalArgumentException("need at least one DT, gateway and AP");
    }
    checkRange("gateway", gatewayOfTwin, apOfGateway.length);
    checkRange("AP", apOfGateway, apCount);
    this.gatewayOfTwin = gatewayOfTwin.clone();
    this.apOfGateway = apOfGateway.clone();
    this.apCount = apCount;
    this.gatewaysOfAp = new int[apCount][];
    for (int k = 0; k < apCount; k++) {
      final int ap = k;
      gatewaysOfAp[k] =
          IntStream.range(0, apOfGateway.length).filter(m -> apOfGateway[m] == ap).toArray();
    }
    this.twinsOfAp = new int[apCount][];
    for (int k = 0; k < apCount; k++) {
      final int ap = k;
      twinsOfAp[k] =
          IntStream.range(0, gatewayOfTwin.length)
              .filter(n -> apOfGateway[gatewayOfTwin[n]] == ap)
              .toArray();
    }
  }

  private static void checkRange(final String what, final int[] indices, final int bound) {
    for (final int index : indices) {
      if (index < 0 || index >= bound) {
        throw new IllegalArgumentException(what + " index " + index + " outside 0.." + (bound - 1));
      }
    }
  }

  /**
   * The spec §6.3 layout: {@code twinsPerGateway} DTs per gateway in order, gateway m → AP (m mod
   * K).
   */
  public static Topology roundRobin(final int gateways, final int twinsPerGateway, final int aps) {
    final int[] twins = new int[gateways * twinsPerGateway];
    for (int n = 0; n < twins.length; n++) {
      twins[n] = n / twinsPerGateway;
    }
    final int[] links = new int[gateways];
    for (int m = 0; m < gateways; m++) {
      links[m] = m % aps;
    }
    return new Topology(twins, links, aps);
  }

  /** N. */
  public int twinCount() {
    return gatewayOfTwin.length;
  }

  /** M. */
  public int gatewayCount() {
    return apOfGateway.length;
  }

  /** K. */
  public int apCount() {
    return apCount;
  }

  /** m(n). */
  public int gatewayOf(final int twin) {
    return gatewayOfTwin[twin];
  }

  /** k(m). */
  public int apOf(final int gateway) {
    return apOfGateway[gateway];
  }

  /** k(m(n)). */
  public int apOfTwin(final int twin) {
    return apOfGateway[gatewayOfTwin[twin]];
  }

  /** The gateways uploading to AP k. */
  public int[] gatewaysOf(final int ap) {
    return gatewaysOfAp[ap].clone();
  }

  /** The DTs whose gateway uploads to AP k. */
  public int[] twinsOf(final int ap) {
    return twinsOfAp[ap].clone();
  }

  int gatewayCountOf(final int ap) {
    return gatewaysOfAp[ap].length;
  }

  int gatewayOf(final int ap, final int index) {
    return gatewaysOfAp[ap][index];
  }

  @Override
  public boolean equals(final Object other) {
    return other instanceof Topology that
        && apCount == that.apCount
        && Arrays.equals(gatewayOfTwin, that.gatewayOfTwin)
        && Arrays.equals(apOfGateway, that.apOfGateway);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * apCount + Arrays.hashCode(gatewayOfTwin)) + Arrays.hashCode(apOfGateway);
  }
}
