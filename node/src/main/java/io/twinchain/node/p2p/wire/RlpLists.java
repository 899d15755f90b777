/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.p2p.wire;

import java.util.ArrayList;
import java.util.List;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.rlp.RLPReader;

/** Reads the remaining items of an RLP list as byte values. */
final class RlpLists {

  private RlpLists() {}

  static List<Bytes> values(final RLPReader reader) {
    final List<Bytes> values = new ArrayList<>();
    while (!reader.isComplete()) {
      values.add(reader.readValue());
    }
    return values;
  }

  static List<Bytes> nestedValues(final RLPReader reader) {
    return reader.readList(RlpLists::values);
  }
}
