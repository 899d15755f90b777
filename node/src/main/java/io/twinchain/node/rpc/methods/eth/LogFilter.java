/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import io.twinchain.chain.block.Log;
import io.twinchain.chain.json.BlockTag;
import io.twinchain.chain.json.HexJson;
import io.twinchain.chain.json.JsonParamException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.tuweni.bytes.Bytes32;
import org.web3j.abi.datatypes.Address;

/**
 * The filter object of {@code eth_getLogs} and {@code logs} subscriptions: a block range (or one
 * block hash), addresses (any of), and topics by position (null matches anything, a list matches
 * any of its entries).
 *
 * @param fromBlock the first block
 * @param toBlock the last block
 * @param blockHash a single block instead of the range
 * @param addresses the emitters to match; empty matches all
 * @param topics per position, the accepted topics; an empty set matches anything
 */
public record LogFilter(
    BlockTag fromBlock,
    BlockTag toBlock,
    Optional<Bytes32> blockHash,
    Set<Address> addresses,
    List<Set<Bytes32>> topics) {

  /** Parses a filter object. */
  public static LogFilter parse(final JsonNode filter) throws JsonParamException {
    if (filter == null || !filter.isObject()) {
      throw new JsonParamException("the filter must be an object");
    }
    final Optional<String> hash = text(filter.get("blockHash"));
    final List<Set<Bytes32>> topics = new ArrayList<>();
    for (final JsonNode position : array(filter.get("topics"))) {
      final Set<Bytes32> accepted = new HashSet<>();
      for (final JsonNode topic : position.isArray() ? position : List.of(position)) {
        if (!topic.isNull()) {
          accepted.add(HexJson.parseHash(topic.asText()));
        }
      }
      topics.add(Set.copyOf(accepted));
    }
    final Set<Address> addresses = new HashSet<>();
    for (final JsonNode address : array(filter.get("address"))) {
      addresses.add(HexJson.parseAddress(address.asText()));
    }
    return new LogFilter(
        BlockTag.parse(text(filter.get("fromBlock"))),
        BlockTag.parse(text(filter.get("toBlock"))),
        hash.isPresent() ? Optional.of(HexJson.parseHash(hash.get())) : Optional.empty(),
        Set.copyOf(addresses),
        List.copyOf(topics));
  }

  /** Whether {@code log} passes the address and topic conditions. */
  public boolean matches(final Log log) {
    if (!addresses.isEmpty() && !addresses.contains(log.address())) {
      return false;
    }
    if (topics.size() > log.topics().size()) {
      return topics.stream().skip(log.topics().size()).allMatch(Set::isEmpty)
          && topicsMatch(log, log.topics().size());
    }
    return topicsMatch(log, topics.size());
  }

  private boolean topicsMatch(final Log log, final int positions) {
    for (int i = 0; i < positions; i++) {
      if (!topics.get(i).isEmpty() && !topics.get(i).contains(log.topics().get(i))) {
        return false;
      }
    }
    return true;
  }

  private static Optional<String> text(final JsonNode node) {
    return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asText());
  }

  private static Iterable<JsonNode> array(final JsonNode node) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    return node.isArray() ? node : List.of(node);
  }
}
