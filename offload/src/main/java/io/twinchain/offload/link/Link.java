/* SPDX-License-Identifier: Apache-2.0 */
package io.twinchain.offload.link;

import io.twinchain.offload.tensor.Tensor;
import java.io.Closeable;
import java.io.IOException;

/** Carries framed tensors from a gateway to its AP, one at a time. */
public interface Link extends Closeable {

  /**
   * Sends {@code tensor} as one frame and blocks until the AP has acknowledged receiving all of it.
   *
   * @return the frame's size and the time from the first byte written to the acknowledgement
   */
  Transfer send(Tensor tensor) throws IOException;
}
