package io.ticksignal.engine.model;

import io.ticksignal.engine.model.builtin.LinkFunction;

/**
 * The {@code logistic:} block of {@code model.yaml}: a built-in linear/logistic/softmax model.
 *
 * @param link         the link function.
 * @param coefficients one row per output (1 for binary SIGMOID, one per class for SOFTMAX), one value per feature.
 * @param intercepts   one per row.
 */
public record LogisticSpec(LinkFunction link, double[][] coefficients, double[] intercepts)
{
}
