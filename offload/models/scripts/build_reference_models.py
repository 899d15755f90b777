# SPDX-License-Identifier: Apache-2.0
"""Builds the zoo's deep reference models for partition-latency experiments (random weights).

    /usr/bin/python3 build_reference_models.py [WIDTH_DIVISOR]

Assumption A-OFFLOAD-REFERENCE-MODELS (ASSUMPTIONS.md).
vgg16-cifar: VGG-16 for 32x32x3 inputs exactly as in spec/bdt-model.md section 6.2 (13 conv3x3 + ReLU,
5 maxpools, fc-512, fc-512, fc-10, no BatchNorm), with every channel count divided by WIDTH_DIVISOR
(default 4) so the committed file stays a few MB. resnet18-cifar: ResNet-18 for 32x32x3 (3x3 stem,
four stages of two BasicBlocks, global average pool, fc-10), same width divisor. Weights are
random (seeded): the models exist for latency and partition experiments, not for accuracy.
"""
import sys

import torch
from torch import nn

import zoo_common

VGG16 = [64, 64, "M", 128, 128, "M", 256, 256, 256, "M", 512, 512, 512, "M", 512, 512, 512, "M"]


class Vgg16(nn.Module):
    def __init__(self, divisor):
        super().__init__()
        layers, cin = [], 3
        for item in VGG16:
            if item == "M":
                layers.append(nn.MaxPool2d(2))
            else:
                layers += [nn.Conv2d(cin, item // divisor, 3, padding=1), nn.ReLU()]
                cin = item // divisor
        self.features = nn.Sequential(*layers)
        hidden = 512 // divisor
        self.classifier = nn.Sequential(
            nn.Linear(cin, hidden), nn.ReLU(), nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 10))

    def forward(self, x):
        return self.classifier(torch.flatten(self.features(x), 1))


class BasicBlock(nn.Module):
    def __init__(self, cin, cout, stride):
        super().__init__()
        self.body = nn.Sequential(
            nn.Conv2d(cin, cout, 3, stride, 1, bias=False), nn.BatchNorm2d(cout), nn.ReLU(),
            nn.Conv2d(cout, cout, 3, 1, 1, bias=False), nn.BatchNorm2d(cout))
        self.shortcut = nn.Sequential()
        if stride != 1 or cin != cout:
            self.shortcut = nn.Sequential(nn.Conv2d(cin, cout, 1, stride, bias=False), nn.BatchNorm2d(cout))

    def forward(self, x):
        return torch.relu(self.body(x) + self.shortcut(x))


class ResNet18(nn.Module):
    def __init__(self, divisor):
        super().__init__()
        widths = [64 // divisor, 128 // divisor, 256 // divisor, 512 // divisor]
        self.stem = nn.Sequential(nn.Conv2d(3, widths[0], 3, 1, 1, bias=False), nn.BatchNorm2d(widths[0]), nn.ReLU())
        blocks, cin = [], widths[0]
        for i, width in enumerate(widths):
            blocks += [BasicBlock(cin, width, 1 if i == 0 else 2), BasicBlock(width, width, 1)]
            cin = width
        self.blocks = nn.Sequential(*blocks)
        self.fc = nn.Linear(cin, 10)

    def forward(self, x):
        x = self.blocks(self.stem(x))
        return self.fc(torch.flatten(nn.functional.adaptive_avg_pool2d(x, 1), 1))


def randomise_batch_norm(model):
    """Gives BatchNorm non-trivial statistics so folding it into Conv is exercised."""
    for module in model.modules():
        if isinstance(module, nn.BatchNorm2d):
            module.running_mean.uniform_(-0.1, 0.1)
            module.running_var.uniform_(0.5, 1.5)
            module.weight.data.uniform_(0.5, 1.5)
            module.bias.data.uniform_(-0.1, 0.1)


def manifest(model_id, description, divisor):
    return {
        "id": model_id,
        "file": "model.onnx",
        "description": description,
        "weights": "random-init (torch seed 11); for partition and latency experiments only, "
                   "its predictions mean nothing",
        "widthDivisor": divisor,
        "source": "offload/models/scripts/build_reference_models.py",
        "input": {"name": "image", "shape": ["N", 3, 32, 32], "dtype": "float32"},
        "output": {"name": "logits", "shape": ["N", 10], "dtype": "float32"},
    }


def main(divisor):
    torch.manual_seed(11)
    example = torch.randn(1, 3, 32, 32)
    vgg = Vgg16(divisor)
    zoo_common.export(vgg, example, "vgg16-cifar", "image", "logits")
    zoo_common.write_manifest("vgg16-cifar", manifest(
        "vgg16-cifar", f"VGG-16 on 32x32x3 as in spec section 6.2, channel widths divided by {divisor}", divisor))
    resnet = ResNet18(divisor)
    with torch.no_grad():
        randomise_batch_norm(resnet)
    zoo_common.export(resnet, example, "resnet18-cifar", "image", "logits")
    zoo_common.write_manifest("resnet18-cifar", manifest(
        "resnet18-cifar", f"ResNet-18 on 32x32x3 (CIFAR stem), channel widths divided by {divisor}", divisor))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 4)
