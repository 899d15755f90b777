/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.chain.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ColumnTest {

  @Test
  void idsAreUniqueAndResolvable() {
    assertThat(Arrays.stream(Column.values()).map(Column::id).distinct())
        .hasSize(Column.values().length);
    for (final Column column : Column.values()) {
      assertThat(Column.byId(column.id())).hasValue(column);
    }
  }

  @Test
  void idsAreStable() {
    assertThat(Column.BLOCK_HEADERS.id()).isEqualTo(1);
    assertThat(Column.TOTAL_WORK.id()).isEqualTo(7);
    assertThat(Column.TWIN_EVENTS.id()).isEqualTo(16);
    assertThat(Column.TWIN_MESSAGE_IDS.id()).isEqualTo(19);
  }
}
