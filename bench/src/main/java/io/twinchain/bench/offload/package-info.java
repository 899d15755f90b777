/* SPDX-License-Identifier: Apache-2.0 */
/** Benchmarks of the DNN partition runtime: split overhead and tensor transfer. */
package io.twinchain.bench.offload;
