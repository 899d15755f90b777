# SPDX-License-Identifier: Apache-2.0
"""Trains the machine-condition classifier of the zoo ("vibration-cnn").

Input: the datasets written by the Java simulator (io.twinchain.offload.machinery.GenerateDatasetMain,
format documented in DatasetFile.java). Usage:
    /usr/bin/python3 train_vibration_cnn.py TRAIN.bin HELDOUT.bin
The model is a small 1-D CNN on raw acceleration windows (1 x 1024 samples at 8192 Hz), in the
spirit of WDCNN (a wide first kernel that sees a whole resonance ring, then narrow kernels).
"""
import struct
import sys

import numpy as np
import torch
from sklearn.metrics import accuracy_score, confusion_matrix
from torch import nn

import zoo_common

CLASSES = ["healthy", "imbalance", "misalignment", "outer_race_fault", "inner_race_fault"]
SEED = 7
EPOCHS = 14
BATCH = 64


def load(path):
    with open(path, "rb") as f:
        blob = f.read()
    magic, version, count, samples, classes = struct.unpack_from("<4siiii", blob, 0)
    assert magic == b"TCVD" and version == 1 and classes == len(CLASSES), (magic, version, classes)
    labels = np.frombuffer(blob, dtype=np.int8, count=count, offset=20).astype(np.int64)
    x = np.frombuffer(blob, dtype="<f4", count=count * samples, offset=20 + count)
    return torch.from_numpy(x.reshape(count, 1, samples).copy()), torch.from_numpy(labels)


def block(cin, cout):
    return [nn.Conv1d(cin, cout, 3, padding=1), nn.BatchNorm1d(cout), nn.ReLU(), nn.MaxPool1d(2)]


class VibrationCnn(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv1d(1, 16, 64, stride=8, padding=28), nn.BatchNorm1d(16), nn.ReLU(), nn.MaxPool1d(2),
            *block(16, 32), *block(32, 64), *block(64, 64))
        self.classifier = nn.Sequential(nn.Linear(64 * 8, 64), nn.ReLU(), nn.Linear(64, len(CLASSES)))

    def forward(self, x):
        return self.classifier(torch.flatten(self.features(x), 1))


def train(model, x, y):
    optimiser = torch.optim.Adam(model.parameters(), lr=2e-3)
    schedule = torch.optim.lr_scheduler.CosineAnnealingLR(optimiser, EPOCHS)
    loss_fn = nn.CrossEntropyLoss()
    for epoch in range(EPOCHS):
        model.train()
        order = torch.randperm(len(y))
        total = 0.0
        for i in range(0, len(y), BATCH):
            idx = order[i:i + BATCH]
            optimiser.zero_grad()
            loss = loss_fn(model(x[idx]), y[idx])
            loss.backward()
            optimiser.step()
            total += loss.item() * len(idx)
        schedule.step()
        print(f"epoch {epoch + 1}: loss {total / len(y):.4f}", flush=True)


def main(train_path, heldout_path):
    torch.manual_seed(SEED)
    torch.set_num_threads(1)
    x, y = load(train_path)
    xh, yh = load(heldout_path)
    model = VibrationCnn()
    train(model, x, y)
    model.eval()
    with torch.no_grad():
        predicted = model(xh).argmax(1).numpy()
    accuracy = float(accuracy_score(yh.numpy(), predicted))
    print(f"held-out accuracy {accuracy:.4f}")
    zoo_common.export(model, x[:1], "vibration-cnn", "window", "logits")
    zoo_common.write_manifest("vibration-cnn", {
        "id": "vibration-cnn",
        "file": "model.onnx",
        "description": "Machine-condition classifier: 1-D CNN on raw accelerometer windows "
                       "(1 x 1024 samples at 8192 Hz, unit g) of a pump motor at 25-35 Hz shaft speed.",
        "weights": "trained",
        "source": "offload/models/scripts/train_vibration_cnn.py",
        "input": {"name": "window", "shape": ["N", 1, 1024], "dtype": "float32"},
        "output": {"name": "logits", "shape": ["N", len(CLASSES)], "dtype": "float32"},
        "classes": CLASSES,
        "training": {
            "simulator": "io.twinchain.offload.machinery.VibrationSimulator (MachineProfile.PUMP_MOTOR)",
            "trainWindows": int(len(y)), "trainSeed": 1,
            "heldOutWindows": int(len(yh)), "heldOutSeed": 2,
            "minFaultSeverity": 0.2, "epochs": EPOCHS, "torchSeed": SEED,
            "heldOutAccuracy": round(accuracy, 4),
            "heldOutConfusion": confusion_matrix(yh.numpy(), predicted).tolist(),
        },
    })


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
