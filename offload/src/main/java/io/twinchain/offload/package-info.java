/** DNN partition runtime, latency model, channel models and the DPRA controller. */
package io.twinchain.offload;
