package io.ticksignal.engine.monitor;

import io.ticksignal.engine.model.FeatureHistogram;

/**
 * One feature's live distribution: per instrument, a ring buffer of the histogram bins of the feature's values at
 * that instrument's last {@code window} decision points, and the counts per bin pooled over all instruments (the
 * training histogram is pooled over all rows of all instruments, so the live one is too). A NaN value (feature not
 * warm) is not counted. {@link #psi()} is the {@link PopulationStability} of the pooled counts against the training
 * fractions, reported once the windows hold at least {@code window} values in all (for one instrument: a full
 * window), NaN before.
 * <p>
 * Single-threaded (the pipeline thread). Allocation: at construction; none in {@link #push} or {@link #psi()}.
 */
public final class FeatureDriftWindow
{
    private final FeatureHistogram histogram;
    private final double[] expected;
    private final int window;
    private final int[][] bins;
    private final int[] heads;
    private final int[] sizes;
    private final long[] counts;
    private long total;

    /**
     * @param histogram       the training histogram.
     * @param instrumentCount instruments (dense indexes 0..n-1).
     * @param window          values kept per instrument, at least 1.
     */
    public FeatureDriftWindow(final FeatureHistogram histogram, final int instrumentCount, final int window)
    {
        if (window < 1)
        {
            throw new IllegalArgumentException("window must be at least 1: " + window);
        }
        this.histogram = histogram;
        this.expected = histogram.fractions().clone();
        this.window = window;
        this.bins = new int[instrumentCount][window];
        this.heads = new int[instrumentCount];
        this.sizes = new int[instrumentCount];
        this.counts = new long[histogram.binCount()];
    }

    /**
     * Add one value at a decision point of an instrument, dropping that instrument's oldest value when its window
     * is full. Allocation: none.
     *
     * @param instrumentIndex the instrument.
     * @param value           the feature's value; NaN is ignored.
     * @return true when the value was counted (not NaN).
     */
    public boolean push(final int instrumentIndex, final double value)
    {
        final int bin = histogram.bin(value);
        if (FeatureHistogram.NO_BIN == bin)
        {
            return false;
        }
        final int[] ring = bins[instrumentIndex];
        final int head = heads[instrumentIndex];
        if (sizes[instrumentIndex] == window)
        {
            counts[ring[head]]--;
        }
        else
        {
            sizes[instrumentIndex]++;
            total++;
        }
        ring[head] = bin;
        counts[bin]++;
        heads[instrumentIndex] = head + 1 == window ? 0 : head + 1;
        return true;
    }

    /**
     * O(bins). Allocation: none.
     *
     * @return the PSI of the live values against the training histogram, or NaN while fewer than {@code window}
     * values are held.
     */
    public double psi()
    {
        return total < window ? Double.NaN : PopulationStability.psi(expected, counts, total);
    }

    /**
     * @return values held, over all instruments.
     */
    public long liveCount()
    {
        return total;
    }

    /**
     * @param bin a bin index.
     * @return live values in that bin, over all instruments.
     */
    public long liveCount(final int bin)
    {
        return counts[bin];
    }

    /**
     * @return values per instrument kept.
     */
    public int window()
    {
        return window;
    }

    /**
     * @return the training histogram.
     */
    public FeatureHistogram histogram()
    {
        return histogram;
    }
}
