/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.eth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.twinchain.chain.block.BlockHeader;
import io.twinchain.chain.block.Log;
import io.twinchain.chain.block.LogsBloom;
import io.twinchain.chain.json.HexJson;
import io.twinchain.chain.json.LogJson;
import io.twinchain.chain.json.TransactionJson;
import io.twinchain.chain.types.Addresses;
import io.twinchain.node.rpc.query.MinedBlock;
import java.util.Set;
import org.apache.tuweni.bytes.Bytes;
import org.apache.tuweni.bytes.Bytes32;

/** The logs of one block that match a filter, and the bloom test that skips blocks cheaply. */
public final class BlockLogs {

  private BlockLogs() {}

  /** The matching logs of {@code block} as JSON log objects, in block order. */
  public static ArrayNode matching(final MinedBlock block, final LogFilter filter) {
    final ArrayNode logs = HexJson.NODES.arrayNode();
    int logIndex = 0;
    for (int index = 0; index < block.receipts().size(); index++) {
      final TransactionJson.Position position =
          new TransactionJson.Position(block.header().hash(), block.header().number(), index);
      for (final Log log : block.receipts().get(index).logs()) {
        if (filter.matches(log)) {
          logs.add(LogJson.of(log, position, block.transactions().get(index).hash(), logIndex));
        }
        logIndex++;
      }
    }
    return logs;
  }

  /** False when the header's bloom rules out every log the filter wants. */
  static boolean mayMatch(final BlockHeader header, final LogFilter filter) {
    final Bytes bloom = header.logsBloom();
    final boolean address =
        filter.addresses().isEmpty()
            || filter.addresses().stream()
                .anyMatch(a -> LogsBloom.mayContain(bloom, Addresses.toBytes(a)));
    return address && filter.topics().stream().allMatch(accepted -> anyInBloom(bloom, accepted));
  }

  private static boolean anyInBloom(final Bytes bloom, final Set<Bytes32> accepted) {
    return accepted.isEmpty() || accepted.stream().anyMatch(t -> LogsBloom.mayContain(bloom, t));
  }
}
