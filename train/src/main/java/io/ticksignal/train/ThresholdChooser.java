package io.ticksignal.train;

import java.util.Arrays;

import io.ticksignal.engine.model.DecisionThresholds;

/**
 * Chooses decision thresholds on validation rows only, so that about a given share of them ({@code signalShare})
 * would get a signal, half each way. Binary: {@code buyAbove} is the validation P(up) (calibrated) with
 * {@code floor(n * share / 2)} rows strictly above it, {@code sellBelow} the one with as many rows strictly below it.
 * Three classes: {@code minProbability} of DOWN and of UP is the smallest value among the {@code floor(n * share / 2)}
 * highest validation probabilities of that class (with none, just above the largest), FLAT is never proposed. Ties
 * may give fewer signals. Cold path.
 */
final class ThresholdChooser
{
    private ThresholdChooser()
    {
    }

    /**
     * @param probabilities per validation row, class probabilities as the bundle scorer gives them.
     * @param signalShare   share of rows to signal, in (0, 1).
     * @return the thresholds.
     */
    static DecisionThresholds choose(final double[][] probabilities, final double signalShare)
    {
        final int n = probabilities.length;
        final int classes = probabilities[0].length;
        final int perSide = (int)Math.floor(n * signalShare / 2.0);
        if (classes == 2)
        {
            final double[] up = column(probabilities, 1);
            final double buyAbove = up[n - 1 - Math.min(perSide, n - 1)];
            final double sellBelow = Math.min(up[Math.min(perSide, n - 1)], buyAbove);
            return DecisionThresholds.binary(buyAbove, sellBelow);
        }
        final double[] minimum = new double[classes];
        Arrays.fill(minimum, Double.NaN);
        for (final int k : new int[] {0, classes - 1})
        {
            final double[] values = column(probabilities, k);
            minimum[k] = perSide == 0 ? Math.min(1.0, Math.nextUp(values[n - 1])) : values[n - Math.min(perSide, n)];
        }
        return DecisionThresholds.perClass(minimum);
    }

    private static double[] column(final double[][] probabilities, final int k)
    {
        final double[] values = new double[probabilities.length];
        for (int i = 0; i < values.length; i++)
        {
            values[i] = probabilities[i][k];
        }
        Arrays.sort(values);
        return values;
    }
}
