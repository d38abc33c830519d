package io.ticksignal.engine.model;

/**
 * What the model's output means ({@code output.meaning} in {@code model.yaml}).
 */
public enum OutputMeaning
{
    /**
     * The probability that the price goes up, P(up): an output of width 1 ({@code [N,1]}, e.g. a Sigmoid) or 2
     * ({@code [N,2]}, P(down), P(up), e.g. a classifier's {@code probabilities}); column 1 is read when there are two.
     * Class probabilities are reported as {@code [1 - P(up), P(up)]} with two labels (default {@code DOWN, UP}).
     */
    BINARY,
    /** One probability per class, in label order; the output width equals the number of labels. */
    CLASS_PROBABILITIES
}
