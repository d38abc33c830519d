package io.ticksignal.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.ticksignal.engine.model.FeatureHistogram;

/**
 * Builds the bundle's {@code monitoring.histograms}: per feature, up to 10 bins with interior edges at the training
 * rows' deciles (the value at sorted index {@code ceil(k n / 10) - 1}, k = 1..9; equal edges merged), and the
 * training rows' share per bin as {@link FeatureHistogram#bin} assigns them. A feature constant on the training rows
 * gets no histogram. Cold path.
 */
final class HistogramBuilder
{
    private static final int BINS = 10;

    private HistogramBuilder()
    {
    }

    static List<FeatureHistogram> of(final double[][] x, final RowRange rows, final List<String> features)
    {
        final List<FeatureHistogram> histograms = new ArrayList<>();
        final int n = rows.size();
        for (int f = 0; f < features.size(); f++)
        {
            final double[] values = new double[n];
            for (int i = 0; i < n; i++)
            {
                values[i] = x[rows.start() + i][f];
            }
            Arrays.sort(values);
            final double[] candidates = new double[BINS - 1];
            int edgeCount = 0;
            for (int k = 1; k < BINS; k++)
            {
                final double edge = values[Math.max(0, (int)Math.ceil((double)k * n / BINS) - 1)];
                if (edge < values[n - 1] && (edgeCount == 0 || edge > candidates[edgeCount - 1]))
                {
                    candidates[edgeCount++] = edge;
                }
            }
            if (edgeCount == 0)
            {
                continue;
            }
            final double[] edges = Arrays.copyOf(candidates, edgeCount);
            final FeatureHistogram counting = new FeatureHistogram(features.get(f), edges, new double[edgeCount + 1]);
            final long[] counts = new long[edgeCount + 1];
            for (final double value : values)
            {
                counts[counting.bin(value)]++;
            }
            final double[] fractions = new double[edgeCount + 1];
            for (int b = 0; b < fractions.length; b++)
            {
                fractions[b] = (double)counts[b] / n;
            }
            histograms.add(new FeatureHistogram(features.get(f), edges, fractions));
        }
        return histograms;
    }
}
