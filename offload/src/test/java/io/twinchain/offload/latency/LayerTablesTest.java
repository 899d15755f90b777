/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The spec §6.2 VGG-16 table as shipped, and the CSV reader's errors. */
class LayerTablesTest {

  @Test
  void vggTableMatchesTheSpec() {
    final LayerTable vgg = LayerTables.vgg16Cifar10();
    assertThat(vgg.layerCount()).isEqualTo(21);
    assertThat(vgg.totalFlops()).isCloseTo(627.5e6, within(0.1e6));
    assertThat(vgg.cutBits(0)).isEqualTo(98_304);
    assertThat(vgg.headFlops(2)).isCloseTo(79.0e6, within(0.1e6));
    assertThat(vgg.cutBits(1)).isGreaterThan(vgg.cutBits(0));
    assertThat(vgg.cutBits(21)).isEqualTo(320);
  }

  @Test
  void rowsOutOfOrderAreRejectedWithTheirLine() {
    assertThatThrownBy(() -> LayerTables.parse("bad", new StringReader("0,in,0,1\n2,conv,1,1\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void negativeFlopsAreRejected() {
    assertThatThrownBy(() -> new LayerTable("bad", new double[] {-1}, new double[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
