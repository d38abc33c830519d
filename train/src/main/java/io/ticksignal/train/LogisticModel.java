package io.ticksignal.train;

import io.ticksignal.engine.model.builtin.LinkFunction;

/**
 * A fitted logistic (binary, {@link LinkFunction#SIGMOID}, one row) or multinomial ({@link LinkFunction#SOFTMAX}, one
 * row per class) regression on raw feature values: {@code z_r = (sum_i W[r][i] * float(x_i)) + b_r}, then the link,
 * in double precision. The exported ONNX graph computes exactly this (it casts the float input to double), and the
 * bundle's {@code logistic:} block holds the same coefficients. Immutable.
 */
final class LogisticModel implements TrainedModel
{
    private final LinkFunction link;
    private final double[][] coefficients;
    private final double[] intercepts;
    private final int classCount;

    /**
     * @param link         SIGMOID (one row) or SOFTMAX (one row per class).
     * @param coefficients one row per output, one value per feature; kept, not copied.
     * @param intercepts   one per row; kept, not copied.
     */
    LogisticModel(final LinkFunction link, final double[][] coefficients, final double[] intercepts)
    {
        this.link = link;
        this.coefficients = coefficients;
        this.intercepts = intercepts;
        this.classCount = link == LinkFunction.SIGMOID ? 2 : coefficients.length;
    }

    LinkFunction link()
    {
        return link;
    }

    double[][] coefficients()
    {
        return coefficients;
    }

    double[] intercepts()
    {
        return intercepts;
    }

    int featureCount()
    {
        return coefficients[0].length;
    }

    @Override
    public int classCount()
    {
        return classCount;
    }

    @Override
    public void predict(final double[] features, final double[] probabilities)
    {
        if (link == LinkFunction.SIGMOID)
        {
            final double up = 1.0 / (1.0 + Math.exp(-linear(0, features)));
            probabilities[0] = 1.0 - up;
            probabilities[1] = up;
            return;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < coefficients.length; r++)
        {
            probabilities[r] = linear(r, features);
            max = Math.max(max, probabilities[r]);
        }
        double sum = 0.0;
        for (int r = 0; r < coefficients.length; r++)
        {
            probabilities[r] = Math.exp(probabilities[r] - max);
            sum += probabilities[r];
        }
        for (int r = 0; r < coefficients.length; r++)
        {
            probabilities[r] /= sum;
        }
    }

    private double linear(final int row, final double[] features)
    {
        final double[] w = coefficients[row];
        double z = 0.0;
        for (int i = 0; i < w.length; i++)
        {
            z += w[i] * (double)(float)features[i];
        }
        return z + intercepts[row];
    }
}
