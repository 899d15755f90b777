/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.controller;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.tuweni.rlp.RLPReader;

/** Reads an RLP list whose items are lists of one shape. */
final class RlpItems {

  private RlpItems() {}

  /** The next list of {@code reader}, each of its items read as a list by {@code item}. */
  static <T> List<T> read(final RLPReader reader, final Function<RLPReader, T> item) {
    return reader.readList(
        list -> {
          final List<T> items = new ArrayList<>();
          while (!list.isComplete()) {
            items.add(list.readList(item));
          }
          return items;
        });
  }
}
