# SPDX-License-Identifier: Apache-2.0
"""Shared export helpers for the twinchain model zoo (offload/models).

Every zoo model is exported with a dynamic batch axis "N", opset 13, constant folding (BatchNorm is
folded into the preceding Conv in eval mode), then ONNX shape inference so every intermediate tensor
carries its value_info. The Java side (io.twinchain.offload.onnx) does not depend on value_info, but
it makes the files self-describing for other tools.
"""
import json
import os

import onnx
import torch

ZOO_DIR = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
OPSET = 13


def export(model, example, model_id, input_name, output_name):
    """Exports `model` to offload/models/<model_id>/model.onnx and returns the path."""
    out_dir = os.path.join(ZOO_DIR, model_id)
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, "model.onnx")
    model.eval()
    torch.onnx.export(
        model,
        example,
        path,
        input_names=[input_name],
        output_names=[output_name],
        dynamic_axes={input_name: {0: "N"}, output_name: {0: "N"}},
        opset_version=OPSET,
        do_constant_folding=True,
    )
    inferred = onnx.shape_inference.infer_shapes(onnx.load(path))
    onnx.checker.check_model(inferred)
    onnx.save(inferred, path)
    return path


def write_manifest(model_id, manifest):
    """Writes the static part of a manifest; `twinchain models profile` adds layers and timings."""
    path = os.path.join(ZOO_DIR, model_id, "manifest.json")
    previous = {}
    if os.path.exists(path):
        with open(path) as f:
            previous = json.load(f)
    for key in ("layers", "profile", "calibration"):
        if key in previous:
            manifest[key] = previous[key]
    with open(path, "w") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")
