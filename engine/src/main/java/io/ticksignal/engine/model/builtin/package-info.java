/**
 * Built-in scorers in plain Java, no JNI, allocation-free per call, for sub-microsecond scoring:
 * {@link io.ticksignal.engine.model.builtin.LogisticScorer} (linear, logistic or softmax regression from
 * coefficients in {@code model.yaml}) and {@link io.ticksignal.engine.model.builtin.TreeEnsembleScorer} (an
 * {@code ai.onnx.ml} {@code TreeEnsembleClassifier} flattened into primitive arrays, read straight from the
 * {@code model.onnx} protobuf by {@link io.ticksignal.engine.model.builtin.OnnxTreeEnsembleReader} with a minimal
 * wire-format reader, no protobuf dependency). Both reproduce ONNX Runtime's results within 1e-6.
 */
package io.ticksignal.engine.model.builtin;
