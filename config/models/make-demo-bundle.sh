#!/bin/sh
# Makes the demo model bundle config/models/demo-btc/1 (model.yaml + model.onnx) from the real
# Bitstamp BTC/USD trades bundled with ticksignal (org.ta4j:ta4j-examples:0.18), with the two
# commands a user runs: `ticksignal dataset`, then `ticksignal train`. Both are deterministic, so
# running this again gives the same bytes (DemoBundleProvenanceTest checks it on every build).
#
# Usage, from the repository root:  sh config/models/make-demo-bundle.sh
set -eu
cd "$(dirname "$0")/../.."
mkdir -p target/demo-btc
./ticksignal dataset --input bitstamp_btc_usd_trades \
    --features "rsi(14)@1m;roc(5)@1m;willr(14)@1m;cci(20)@1m" --label "fwd_return(5)@1m" \
    --out target/demo-btc/btc-1m.csv
./ticksignal train --dataset target/demo-btc/btc-1m.csv --model logistic --split 60/20/20 \
    --out config/models/demo-btc/1 --force
