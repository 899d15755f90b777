/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.node.offload.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.twinchain.offload.runtime.TimedResult;
import io.twinchain.offload.tensor.Tensor;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.tuweni.bytes.Bytes;

/** Whatever bytes arrive, the codecs answer with a value or a typed error, never anything else. */
class TailWireProperties {

  @Property(tries = 300)
  void arbitraryRequestBytesGiveARequestOrATypedError(@ForAll @Size(max = 200) final byte[] bytes) {
    final Throwable thrown = catchThrowable(() -> TailRequest.decode(Bytes.wrap(bytes)));
    assertThat(thrown).satisfiesAnyOf(t -> assertThat(t).isNull(), TailWireProperties::typed);
  }

  @Property(tries = 300)
  void arbitraryResponseBytesGiveAResultOrATypedError(@ForAll @Size(max = 200) final byte[] bytes) {
    final Throwable thrown = catchThrowable(() -> TailResponse.resultOf(Bytes.wrap(bytes)));
    assertThat(thrown).satisfiesAnyOf(t -> assertThat(t).isNull(), TailWireProperties::typed);
  }

  @Property(tries = 50)
  void requestsAndResponsesRoundTrip(
      @ForAll @IntRange(min = 0, max = 65535) final int cut,
      @ForAll @Size(min = 1, max = 40) final float[] values) {
    final Tensor tensor = Tensor.ofFloats(new long[] {1, values.length}, values);
    final TailRequest decoded = TailRequest.decode(new TailRequest("m-1", cut, tensor).encode());
    assertThat(decoded.modelId()).isEqualTo("m-1");
    assertThat(decoded.cut()).isEqualTo(cut);
    assertThat(decoded.input().shape()).containsExactly(1, values.length);

    final TimedResult<Tensor> result =
        TailResponse.resultOf(
            new TailResponse.Completed(new TimedResult<>(tensor, 7, 14, 0.5)).encode());
    assertThat(result.busyNanos()).isEqualTo(7);
    assertThat(result.wallNanos()).isEqualTo(14);
    assertThat(result.share()).isEqualTo(0.5);
    final float[] back = new float[values.length];
    result.value().floats().get(back);
    assertThat(back).containsExactly(values);
  }

  private static void typed(final Throwable thrown) {
    assertThat(thrown).isInstanceOf(TailRejectedException.class);
  }
}
