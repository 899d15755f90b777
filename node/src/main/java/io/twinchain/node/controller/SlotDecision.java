/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import java.util.List;
import java.util.Optional;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;
import org.apache.tuweni.rlp.RLP;
import org.apache.tuweni.rlp.RLPException;
import org.apache.tuweni.rlp.RLPReader;
import org.web3j.crypto.Hash;

/**
 * The controller's decision for one slot, self-describing so every node applies it by name: each
 * twin's cut and each AP's allocation. Its RLP encoding {@code [slot, policy, [[twin, cut]…], [[ap,
 * f^I, f^B, f^max, Z]…]]} (frequencies and queues as IEEE-754 bits) is what the controller signs.
 *
 * @param slot the slot it is for
 * @param policy the policy that made it ("dpra" or a baseline's name)
 * @param tradeOff V, the controller's latency/backlog trade-off
 * @param cuts l_n(t) per twin
 * @param aps (f^I_k, f^B_k) per AP
 */
public record SlotDecision(
    long slot, String policy, double tradeOff, List<TwinCut> cuts, List<ApAllocation> aps) {

  public SlotDecision {
    if (slot < 0) {
      throw new IllegalArgumentException("slot must be >= 0, got " + slot);
    }
    if (!(tradeOff > 0) || Double.isInfinite(tradeOff)) {
      throw new IllegalArgumentException("V must be finite and > 0, got " + tradeOff);
    }
    cuts = List.copyOf(cuts);
    aps = List.copyOf(aps);
  }

  /** The cut for {@code twin}, if the decision names it. */
  public Optional<TwinCut> cutOf(final String twin) {
    return cuts.stream().filter(c -> c.twin().equals(twin)).findFirst();
  }

  /** The allocation of the AP with account {@code ap}, if the decision names it. */
  public Optional<ApAllocation> allocationOf(final String ap) {
    return aps.stream().filter(a -> a.ap().equalsIgnoreCase(ap)).findFirst();
  }

  /** The signed encoding. */
  public Bytes encode() {
    return RLP.encodeList(
        w -> {
          w.writeLong(slot);
          w.writeString(policy);
          w.writeLong(Double.doubleToLongBits(tradeOff));
          w.writeList(
              cuts,
              (cw, c) ->
                  cw.writeList(
                      tw -> {
                        tw.writeString(c.twin());
                        tw.writeInt(c.cut());
                      }));
          w.writeList(
              aps,
              (aw, a) ->
                  aw.writeList(
                      ew -> {
                        ew.writeValue(Bytes.fromHexString(a.ap()));
                        ew.writeLong(Double.doubleToLongBits(a.inferenceHz()));
                        ew.writeLong(Double.doubleToLongBits(a.miningHz()));
                        ew.writeLong(Double.doubleToLongBits(a.maxHz()));
                        ew.writeLong(Double.doubleToLongBits(a.queue()));
                      }));
        });
  }

  /** Keccak-256 of the encoding, the id logs and RPC show. */
  public Bytes32 hash() {
    return Bytes32.wrap(Hash.sha3(encode().toArrayUnsafe()));
  }

  /** Decodes {@link #encode()}'s output. */
  public static SlotDecision decode(final Bytes encoded) throws ControllerMessageException {
    try {
      return RLP.decodeList(encoded, SlotDecision::read);
    } catch (RLPException | IllegalArgumentException e) {
      throw new ControllerMessageException(
          ControllerMessageException.Reason.MALFORMED, "decision: " + e.getMessage());
    }
  }

  private static SlotDecision read(final RLPReader r) {
    final long slot = r.readLong();
    final String policy = r.readString();
    final double tradeOff = Double.longBitsToDouble(r.readLong());
    final List<TwinCut> cuts = RlpItems.read(r, c -> new TwinCut(c.readString(), c.readInt()));
    final List<ApAllocation> aps = RlpItems.read(r, SlotDecision::readAllocation);
    return new SlotDecision(slot, policy, tradeOff, cuts, aps);
  }

  private static ApAllocation readAllocation(final RLPReader a) {
    final Bytes address = a.readValue();
    if (address.size() != 20) {
      throw new IllegalArgumentException("AP address of " + address.size() + " bytes");
    }
    return new ApAllocation(
        address.toHexString(),
        Double.longBitsToDouble(a.readLong()),
        Double.longBitsToDouble(a.readLong()),
        Double.longBitsToDouble(a.readLong()),
        Double.longBitsToDouble(a.readLong()));
  }
}
