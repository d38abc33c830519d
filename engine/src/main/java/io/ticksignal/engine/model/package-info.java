/**
 * Model bundles and in-line scoring: a bundle is a directory with {@code model.yaml} (the metadata: ordered
 * feature expressions, ONNX input/output, output meaning and labels, calibration, decision thresholds, the scorer
 * kind, built-in coefficients, the model file's sha256, training notes) and, for ONNX and tree-ensemble scorers,
 * {@code model.onnx}. {@link io.ticksignal.engine.model.ModelBundleLoader} validates all of it and reports every
 * problem together ({@link io.ticksignal.engine.model.ModelBundleException}); a loaded
 * {@link io.ticksignal.engine.model.ModelBundle} opens {@link io.ticksignal.engine.model.BundleScorer}s that turn a
 * feature row into calibrated class probabilities without allocating.
 * <p>
 * Sub-packages: {@code model.onnx} (ONNX Runtime), {@code model.builtin} (logistic/linear and tree ensembles in
 * plain Java), {@code model.calibration} (Platt, isotonic), {@code model.ensemble} (weighted soft voting).
 */
package io.ticksignal.engine.model;
