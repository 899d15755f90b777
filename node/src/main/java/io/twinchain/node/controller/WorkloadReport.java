/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLP;
import org.apache.tuweni.rlp.RLPException;
import org.apache.tuweni.rlp.RLPReader;

/**
 * What a gateway tells the controller at the start of a slot: the workload D_n(t) of each of its
 * twins and its measured uplink rate r_m(t). The sender is the P2P peer, so the report names no
 * gateway. Wire form {@code [slot, [[twin, samples]…], rate bits]}.
 *
 * @param slot the slot reported on
 * @param twins D_n(t) of each of the gateway's twins
 * @param linkRateBitsPerSecond r_m(t), measured
 */
public record WorkloadReport(long slot, List<TwinLoad> twins, double linkRateBitsPerSecond) {

  public WorkloadReport {
    if (slot < 0) {
      throw new IllegalArgumentException("slot must be >= 0, got " + slot);
    }
    if (!(linkRateBitsPerSecond > 0) || Double.isInfinite(linkRateBitsPerSecond)) {
      throw new IllegalArgumentException("link rate must be finite and > 0");
    }
    twins = List.copyOf(twins);
  }

  /** The wire form. */
  public Bytes encode() {
    return RLP.encodeList(
        w -> {
          w.writeLong(slot);
          w.writeList(
              twins,
              (lw, t) ->
                  lw.writeList(
                      tw -> {
                        tw.writeString(t.twin());
                        tw.writeLong(t.samples());
                      }));
          w.writeLong(Double.doubleToLongBits(linkRateBitsPerSecond));
        });
  }

  /** Decodes {@link #encode()}'s output. */
  public static WorkloadReport decode(final Bytes encoded) throws ControllerMessageException {
    try {
      return RLP.decodeList(encoded, WorkloadReport::read);
    } catch (RLPException | IllegalArgumentException e) {
      throw new ControllerMessageException(
          ControllerMessageException.Reason.MALFORMED, "workload report: " + e.getMessage());
    }
  }

  private static WorkloadReport read(final RLPReader r) {
    final long slot = r.readLong();
    final List<TwinLoad> twins = RlpItems.read(r, t -> new TwinLoad(t.readString(), t.readLong()));
    return new WorkloadReport(slot, twins, Double.longBitsToDouble(r.readLong()));
  }
}
