package io.ticksignal.engine.model;

import java.util.Arrays;

/**
 * One feature's distribution on the training rows ({@code monitoring.histograms[i]} in {@code model.yaml}), the
 * reference that drift monitoring compares live values against.
 * <p>
 * Bins: {@code edges} are the {@code n - 1} ascending interior edges of {@code n} bins; bin 0 holds values
 * {@code <= edges[0]}, bin {@code i} values in {@code (edges[i-1], edges[i]]}, the last bin values
 * {@code > edges[n-2]}. {@code fractions[i]} is the share of training values in bin {@code i} (they sum to 1).
 * NaN (a feature not yet warm) falls in no bin.
 *
 * @param feature   the feature expression, as in {@code features:}.
 * @param edges     interior edges, strictly ascending, finite.
 * @param fractions one per bin, each in [0, 1], summing to 1.
 */
public record FeatureHistogram(String feature, double[] edges, double[] fractions)
{
    /** Returned by {@link #bin(double)} for NaN. */
    public static final int NO_BIN = -1;

    /**
     * @return the number of bins.
     */
    public int binCount()
    {
        return fractions.length;
    }

    /**
     * Bin of a value, by binary search. Allocation: none.
     *
     * @param value a feature value.
     * @return its bin, or {@link #NO_BIN} for NaN.
     */
    public int bin(final double value)
    {
        if (Double.isNaN(value))
        {
            return NO_BIN;
        }
        int low = 0;
        int high = edges.length;
        while (low < high)
        {
            final int mid = (low + high) >>> 1;
            if (value <= edges[mid])
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }
        return low;
    }

    @Override
    public boolean equals(final Object other)
    {
        return other instanceof FeatureHistogram that && feature.equals(that.feature)
            && Arrays.equals(edges, that.edges) && Arrays.equals(fractions, that.fractions);
    }

    @Override
    public int hashCode()
    {
        return 31 * (31 * feature.hashCode() + Arrays.hashCode(edges)) + Arrays.hashCode(fractions);
    }

    @Override
    public String toString()
    {
        return "FeatureHistogram[" + feature + ", edges=" + Arrays.toString(edges) + ", fractions="
            + Arrays.toString(fractions) + "]";
    }
}
