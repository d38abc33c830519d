/**
 * Model training: from a point-in-time dataset ({@code ticksignal dataset}) to a model bundle with an ONNX file
 * ({@code ticksignal train}).
 * <p>
 * Flow: {@link io.ticksignal.train.DatasetReader} reads {@code DATA.csv} and its sidecar; a
 * {@link io.ticksignal.train.SplitSpec} cuts the rows by time (a 60/20/20-style split or walk-forward windows, with
 * the label horizon purged before each boundary); per fold, {@code LogisticTrainer} or {@code GbdtTrainer} fits the
 * train rows, {@code PlattFitter} and {@code ThresholdChooser} fit the validation rows only, and
 * {@code ClassificationMetrics} measures every part; {@link io.ticksignal.train.BundleWriter} writes
 * {@code model.yaml} and {@code model.onnx} ({@code OnnxExporter} over {@code ProtoWriter}).
 * <p>
 * Decision (the project lead's, issue #7): the two trainers are implemented here in plain Java, with no new
 * dependency. Tribuo's logistic regression is trained by SGD (approximate, no exact optimum) and its ONNX export does
 * not cover tree ensembles; XGBoost4J ships native code run by OpenMP threads (results not bit-for-bit across
 * machines, and a native install on CI). Our trainers are small, exact (Newton's method to a fixed tolerance for
 * logistic; exact, tie-broken split search for trees) and deterministic: the same dataset and command give the same
 * {@code model.yaml} and {@code model.onnx} bytes. The ONNX protobuf is written by our own small writer; ONNX
 * Runtime's outputs on it equal the trainer's predictions within 1e-6 (tested), and the engine's built-in scorers
 * read the same numbers.
 * <p>
 * Everything here is cold path (offline, single-threaded).
 */
package io.ticksignal.train;
