/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RateTraceTest {

  @Test
  void replaysTheRateColumnAndWrapsAround() {
    final RateTrace trace =
        RateTrace.parse(List.of("# uplink, 1 s slots", "slot,rate_bps", "0,2e7", "", "1,5000000"));
    assertThat(trace.length()).isEqualTo(2);
    assertThat(List.of(trace.nextSlotRate(), trace.nextSlotRate(), trace.nextSlotRate()))
        .containsExactly(2e7, 5e6, 2e7);
  }

  @Test
  void malformedTracesGiveTheirTypedError() {
    assertError(List.of("# nothing"), TraceError.EMPTY, 0);
    assertError(List.of("rate_bps"), TraceError.EMPTY, 0);
    assertError(List.of("slot,rate", "0,1e6"), TraceError.MISSING_RATE_COLUMN, 1);
    assertError(List.of("slot,rate_bps", "0"), TraceError.MISSING_FIELD, 2);
    assertError(List.of("slot,rate_bps", "0,fast"), TraceError.NOT_A_NUMBER, 2);
    assertError(List.of("slot,rate_bps", "0,1e6", "1,0"), TraceError.NOT_POSITIVE, 3);
    assertError(List.of("rate_bps", "Infinity"), TraceError.NOT_POSITIVE, 2);
  }

  private static void assertError(
      final List<String> lines, final TraceError error, final int line) {
    assertThatThrownBy(() -> RateTrace.parse(lines))
        .isInstanceOfSatisfying(
            InvalidRateTraceException.class,
            e -> {
              assertThat(e.error()).isEqualTo(error);
              assertThat(e.line()).isEqualTo(line);
            });
  }
}
