package io.ticksignal.engine.model.builtin;

import io.ticksignal.engine.model.ModelScorer;

/**
 * Linear, logistic or softmax regression: {@code z_r = sum_i W[r][i] * x_i + b_r}, then the {@link LinkFunction}.
 * Computed in double precision from the given coefficients (ONNX Runtime computes the same graph in float32; the
 * two agree within 1e-6 for float32 coefficients).
 * <p>
 * Thread: {@link #score} uses no shared mutable state beyond the caller's output array, so one instance may even be
 * shared; allocation: none per call.
 */
public final class LogisticScorer implements ModelScorer
{
    private final int inputWidth;
    private final int outputWidth;
    private final double[] weights;
    private final double[] intercepts;
    private final LinkFunction link;

    /**
     * @param coefficients one row per output, each of the same length (the input width); copied.
     * @param intercepts   one per output; copied.
     * @param link         the link function; {@link LinkFunction#SOFTMAX} needs at least 2 rows.
     * @throws IllegalArgumentException when the shapes do not agree.
     */
    public LogisticScorer(final double[][] coefficients, final double[] intercepts, final LinkFunction link)
    {
        if (coefficients.length == 0 || coefficients[0].length == 0)
        {
            throw new IllegalArgumentException("logistic needs at least one row of coefficients with one value");
        }
        if (intercepts.length != coefficients.length)
        {
            throw new IllegalArgumentException("logistic has " + coefficients.length + " coefficient rows but "
                + intercepts.length + " intercepts; give one intercept per row");
        }
        if (link == LinkFunction.SOFTMAX && coefficients.length < 2)
        {
            throw new IllegalArgumentException("softmax needs one coefficient row per class, at least 2");
        }
        this.inputWidth = coefficients[0].length;
        this.outputWidth = coefficients.length;
        this.weights = new double[outputWidth * inputWidth];
        for (int row = 0; row < outputWidth; row++)
        {
            if (coefficients[row].length != inputWidth)
            {
                throw new IllegalArgumentException("coefficient row " + row + " has " + coefficients[row].length
                    + " values but row 0 has " + inputWidth + "; every row needs one value per feature");
            }
            System.arraycopy(coefficients[row], 0, weights, row * inputWidth, inputWidth);
        }
        this.intercepts = intercepts.clone();
        this.link = link;
    }

    @Override
    public int inputWidth()
    {
        return inputWidth;
    }

    @Override
    public int outputWidth()
    {
        return outputWidth;
    }

    /**
     * @return the link function.
     */
    public LinkFunction link()
    {
        return link;
    }

    @Override
    public void score(final double[] features, final double[] output)
    {
        double max = Double.NEGATIVE_INFINITY;
        for (int row = 0; row < outputWidth; row++)
        {
            double z = intercepts[row];
            final int offset = row * inputWidth;
            for (int i = 0; i < inputWidth; i++)
            {
                z += weights[offset + i] * features[i];
            }
            output[row] = z;
            max = Math.max(max, z);
        }
        if (link == LinkFunction.SIGMOID)
        {
            for (int row = 0; row < outputWidth; row++)
            {
                output[row] = 1.0 / (1.0 + Math.exp(-output[row]));
            }
        }
        else if (link == LinkFunction.SOFTMAX)
        {
            softmax(output, outputWidth, max);
        }
    }

    static void softmax(final double[] values, final int count, final double max)
    {
        double sum = 0.0;
        for (int k = 0; k < count; k++)
        {
            final double e = Math.exp(values[k] - max);
            values[k] = e;
            sum += e;
        }
        for (int k = 0; k < count; k++)
        {
            values[k] /= sum;
        }
    }

    @Override
    public void close()
    {
    }
}
