package io.ticksignal.engine.feature.window;

/**
 * Linearly weighted sum of the last {@code windowLength} values, the newest weighted {@code windowLength} and the
 * oldest 1 (the numerator of a weighted moving average), in O(1) per push: each push lowers every weight by one
 * (subtracting the plain sum) and adds the newest value times {@code windowLength}. Both the weighted and the
 * plain sum are compensated ({@link CompensatedSum}, products exact) and re-anchored: shadow sums built from scratch
 * by the same recurrence equal the window's exactly after {@code windowLength} pushes and then replace the running
 * ones, so rounding error never spans more than two windows.
 * <p>
 * Single-threaded; allocates only in its constructor.
 */
public final class WindowWeightedSum
{
    private final DoubleRing window;
    private final int windowLength;
    private final CompensatedSum sum = new CompensatedSum();
    private final CompensatedSum weightedSum = new CompensatedSum();
    private final CompensatedSum shadowSum = new CompensatedSum();
    private final CompensatedSum shadowWeightedSum = new CompensatedSum();
    private int shadowCount;

    /**
     * @param windowLength number of values, at least 1.
     */
    public WindowWeightedSum(final int windowLength)
    {
        this.windowLength = ArgumentChecks.requireAtLeast("windowLength", windowLength, 1);
        this.window = new DoubleRing(windowLength);
    }

    /**
     * Add a finite value, dropping the oldest once the window is full.
     *
     * @param value the newest value.
     */
    public void push(final double value)
    {
        age(weightedSum, sum);
        if (window.isFull())
        {
            sum.add(-window.oldest());
        }
        window.push(value);
        weightedSum.addProduct(windowLength, value);
        sum.add(value);

        age(shadowWeightedSum, shadowSum);
        shadowWeightedSum.addProduct(windowLength, value);
        shadowSum.add(value);
        if (++shadowCount == windowLength)
        {
            sum.copyFrom(shadowSum);
            weightedSum.copyFrom(shadowWeightedSum);
            shadowSum.reset();
            shadowWeightedSum.reset();
            shadowCount = 0;
        }
    }

    private static void age(final CompensatedSum weighted, final CompensatedSum plain)
    {
        weighted.add(-plain.leading());
        weighted.add(-plain.trailing());
    }

    /**
     * @return sum over the window of {@code (windowLength - age) * value}, age 0 being the newest value.
     */
    public double weightedSum()
    {
        return weightedSum.value();
    }

    /**
     * @return the plain sum of the values in the window.
     */
    public double sum()
    {
        return sum.value();
    }

    /**
     * @return number of values in the window, at most the window length.
     */
    public int count()
    {
        return window.count();
    }

    /**
     * @return true once the window holds {@code windowLength} values.
     */
    public boolean isFull()
    {
        return window.isFull();
    }

    /**
     * Forget all values.
     */
    public void reset()
    {
        window.reset();
        shadowCount = 0;
        sum.reset();
        weightedSum.reset();
        shadowSum.reset();
        shadowWeightedSum.reset();
    }
}
