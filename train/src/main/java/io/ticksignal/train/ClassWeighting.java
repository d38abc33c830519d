package io.ticksignal.train;

import java.util.List;

/**
 * Sample weights against class imbalance ({@code --class-weight}).
 */
public enum ClassWeighting
{
    /** Each class weighs {@code n / (k * n_c)} on the fit rows (n rows, k classes, n_c rows of class c). */
    BALANCED,
    /** Every row weighs 1. */
    NONE;

    /**
     * @param labels  every row's class.
     * @param rows    the fit rows.
     * @param classes number of classes.
     * @param names   class names, for the error message.
     * @return a weight per dataset row (0 outside {@code rows}).
     * @throws TrainingException when a class has no fit rows.
     */
    double[] weights(final int[] labels, final RowRange rows, final int classes, final List<String> names)
    {
        final long[] counts = new long[classes];
        for (int i = rows.start(); i < rows.end(); i++)
        {
            counts[labels[i]]++;
        }
        for (int k = 0; k < classes; k++)
        {
            if (counts[k] == 0)
            {
                throw new TrainingException("class " + names.get(k) + " has no rows among the training rows " + rows
                    + "; a classifier needs every class: use more rows, a larger training share, or another label"
                    + " threshold");
            }
        }
        final double[] weights = new double[labels.length];
        for (int i = rows.start(); i < rows.end(); i++)
        {
            weights[i] = this == NONE ? 1.0 : (double)rows.size() / (classes * counts[labels[i]]);
        }
        return weights;
    }
}
