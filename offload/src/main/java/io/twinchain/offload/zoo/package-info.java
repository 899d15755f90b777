/* SPDX-License-Identifier: Apache-2.0 */
/**
 * The model zoo: a directory of models, one folder each with {@code model.onnx} and {@code
 * manifest.json}, and the {@code twinchain models} command. Any ONNX model dropped into a folder of
 * its own joins the zoo; {@code twinchain models profile} then writes its manifest.
 */
package io.twinchain.offload.zoo;
