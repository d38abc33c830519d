package io.ticksignal.engine.model;

/**
 * Which scorer a bundle runs ({@code scorer:} in {@code model.yaml}).
 */
public enum ScorerKind
{
    /** ONNX Runtime on {@code model.onnx} ({@code onnx:} block). */
    ONNX,
    /** Built-in logistic/linear model from the {@code logistic:} block; no JNI. */
    LOGISTIC,
    /** Built-in tree-ensemble evaluator on the {@code TreeEnsembleClassifier} read from {@code model.onnx}. */
    TREE_ENSEMBLE,
    /** Weighted soft vote of member bundles ({@code members:}). */
    ENSEMBLE
}
