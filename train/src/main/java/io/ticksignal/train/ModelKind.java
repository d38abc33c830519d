package io.ticksignal.train;

/**
 * Which trainer {@code ticksignal train --model} runs.
 */
public enum ModelKind
{
    /** L2-regularised logistic (binary) or softmax (3-class) regression; bundle scorer LOGISTIC. */
    LOGISTIC,
    /** Gradient-boosted trees; bundle scorer TREE_ENSEMBLE reading the ONNX file's trees. */
    GBDT
}
