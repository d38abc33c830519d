#!/usr/bin/python3
"""Trains the demo model bundle config/models/demo-btc/ (model.yaml + model.onnx).

What it is: a binary logistic regression, P(up) of the BTC/USD price 5 one-minute
bars ahead, on four features from the feature library computed on 1m bars of the
real Bitstamp trades (ta4j-examples: bitstamp_trades_from_20131125_usd.csv, the
data set the demo plays):

    rsi(14)@1m  roc(5)@1m  willr(14)@1m  cci(20)@1m

How:
  1. features: the engine's own offline runner computes them, exactly as the live
     pipeline does (same timeline code), plus roc(1)@1m for the label:
       ./ticksignal features --input bitstamp_btc_usd_trades --format trades \
           --timeframe 1m --features "rsi(14)@1m;roc(5)@1m;willr(14)@1m;cci(20)@1m;roc(1)@1m" --out -
  2. label: 1 when the close 5 bars ahead is above the close now (the product of
     the next five (1 + roc(1)/100) factors is > 1); rows without a full window
     or without all features warm are dropped;
  3. sklearn LogisticRegression(C=1.0) on standardised features, trained on the
     first 70% of the rows in time order and scored on the last 30%; the
     standardisation is folded into the coefficients, so the bundle takes the raw
     feature values;
  4. thresholds: buyAbove / sellBelow are the 80th / 20th percentiles of P(up) on
     the training rows, so the model proposes BUY or SELL on about 2 bars in 5;
  5. the bundle: scorer LOGISTIC (the engine's built-in, allocation-free scorer,
     coefficients in model.yaml) plus the same model as an ONNX graph
     (MatMul+Add+Sigmoid, model.onnx) so `ticksignal score --bundle` and ONNX
     Runtime can check it.

Expect little skill: this is a demonstration of the pipeline, not a strategy
(see training.metrics in model.yaml).

Deterministic (lbfgs on fixed data). Needs Debian's python3-onnx and
python3-sklearn (apt-get install -y python3-onnx python3-sklearn); CI does not
run it: the generated files are committed.

Usage (from the repository root): /usr/bin/python3 config/models/make_demo_model.py
"""

import csv
import io
import os
import subprocess
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "engine", "src", "test", "onnx"))
import make_models as mm  # noqa: E402  (the test-model generator's ONNX and YAML helpers)

NAME = "demo-btc"
VERSION = 1
FEATURES = ["rsi(14)@1m", "roc(5)@1m", "willr(14)@1m", "cci(20)@1m"]
LABEL_FEATURE = "roc(1)@1m"
HORIZON = 5
TRAIN_FRACTION = 0.7


def feature_rows():
    command = [os.path.join(ROOT, "ticksignal"), "features", "--input", "bitstamp_btc_usd_trades",
               "--format", "trades", "--timeframe", "1m",
               "--features", ";".join(FEATURES + [LABEL_FEATURE]), "--out", "-"]
    text = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT).stdout
    reader = csv.reader(io.StringIO(text))
    header = next(reader)
    columns = [header.index(f) for f in FEATURES + [LABEL_FEATURE]]
    rows = []
    for line in reader:
        rows.append([float(line[c]) if line[c] not in ("", "NaN") else np.nan for c in columns])
    return np.asarray(rows, dtype=np.float64)


def dataset(table):
    x_all = table[:, :len(FEATURES)]
    roc1 = table[:, len(FEATURES)]
    xs, ys = [], []
    for t in range(len(table) - HORIZON):
        window = roc1[t + 1:t + 1 + HORIZON]
        if np.isnan(x_all[t]).any() or np.isnan(window).any():
            continue
        xs.append(x_all[t])
        ys.append(1 if np.prod(1.0 + window / 100.0) > 1.0 else 0)
    return np.asarray(xs), np.asarray(ys)


def main():
    x, y = dataset(feature_rows())
    split = int(len(x) * TRAIN_FRACTION)
    mean = x[:split].mean(axis=0)
    std = x[:split].std(axis=0)
    model = LogisticRegression(C=1.0, max_iter=1000).fit((x[:split] - mean) / std, y[:split])
    coef = model.coef_[0] / std
    intercept = model.intercept_[0] - float(np.sum(model.coef_[0] * mean / std))
    p_train = model.predict_proba((x[:split] - mean) / std)[:, 1]
    buy_above = round(float(np.percentile(p_train, 80)), 3)
    sell_below = round(float(np.percentile(p_train, 20)), 3)
    metrics = {
        "rows": len(x), "trainRows": split, "testRows": len(x) - split,
        "upRateTrain": float(y[:split].mean()), "upRateTest": float(y[split:].mean()),
        "trainAccuracy": model.score((x[:split] - mean) / std, y[:split]),
        "testAccuracy": model.score((x[split:] - mean) / std, y[split:]),
    }

    directory = os.path.join(HERE, NAME)
    os.makedirs(directory, exist_ok=True)
    graph, out_name = mm.linear_graph(NAME, len(FEATURES), coef.reshape(1, -1), np.asarray([intercept]), "SIGMOID")
    sha = mm.save_model(graph, mm.OPSETS, os.path.join(directory, "model.onnx"))
    notes = ("logistic regression, P(close %d 1m bars ahead > close now), Bitstamp BTC/USD trades "
             "(ta4j-examples), first %d%% of rows in time order; made by config/models/make_demo_model.py"
             % (HORIZON, int(TRAIN_FRACTION * 100)))
    lines = ["# Generated by config/models/make_demo_model.py; do not edit by hand.",
             "name: " + NAME, "version: %d" % VERSION, "scorer: LOGISTIC", "features:"]
    lines += ["  - \"%s\"" % f for f in FEATURES]
    lines += ["training:", "  notes: \"%s\"" % notes, "  metrics:"]
    lines += ["    %s: %s" % (k, v if isinstance(v, int) else mm.fmt64(v)) for k, v in metrics.items()]
    lines += mm.onnx_block(sha, "features", out_name)
    lines += ["output:", "  meaning: BINARY", "  labels: [DOWN, UP]"]
    lines += ["calibration:", "  kind: NONE"]
    lines += ["thresholds:", "  buyAbove: %s" % buy_above, "  sellBelow: %s" % sell_below]
    lines += ["logistic:", "  link: SIGMOID", "  coefficients:"]
    lines += ["    - " + mm.yaml_list(mm.f32(coef), mm.fmt32)]
    lines += ["  intercepts: " + mm.yaml_list(mm.f32([intercept]), mm.fmt32)]
    mm.write_yaml(directory, lines)
    print("wrote %s: %s" % (directory, metrics))


if __name__ == "__main__":
    main()
