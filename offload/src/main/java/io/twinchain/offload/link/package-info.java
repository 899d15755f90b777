/* SPDX-License-Identifier: Apache-2.0 */
/**
 * The gateway → AP link that carries a framed cut tensor (spec §2.4): {@link
 * io.twinchain.offload.link.Link} is the port; {@link io.twinchain.offload.link.ModelledLink} paces
 * real bytes at a modelled per-slot rate, {@link io.twinchain.offload.link.MeasuredLink} estimates
 * a real link's throughput r_m(t) from completed transfers, and {@link
 * io.twinchain.offload.link.LinkReceiver} is the AP end that acknowledges each frame.
 */
package io.twinchain.offload.link;
