package io.ticksignal.engine.model.builtin;

/**
 * How a {@link LogisticScorer} turns its linear scores {@code z = W x + b} into outputs.
 */
public enum LinkFunction
{
    /** {@code z} as is: a linear model (its score needs calibration to become a probability). */
    IDENTITY,
    /** {@code 1 / (1 + exp(-z))} per output: binary logistic regression (one row of coefficients). */
    SIGMOID,
    /** {@code exp(z_k) / sum exp(z_j)}: multinomial (softmax) regression, one row per class. */
    SOFTMAX
}
