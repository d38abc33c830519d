package io.ticksignal.engine.model.builtin;

/**
 * What a tree ensemble does to its summed scores ({@code post_transform}); the built-in evaluator supports these.
 */
public enum PostTransform
{
    /** Raw sums plus base values. */
    NONE,
    /** {@code 1 / (1 + exp(-s))} per class (for binary ensembles: {@code [sigmoid(-s), sigmoid(s)]}). */
    LOGISTIC,
    /** Softmax across classes. */
    SOFTMAX
}
