package io.ticksignal.engine.feature.volatility;

/**
 * Sum of the last {@code windowLength} values in O(1) per push: a compensated running sum that
 * adds the newest value and subtracts the evicted one, plus a shadow sum built from scratch that
 * replaces it every {@code windowLength} pushes (when the shadow covers exactly the window), so
 * error never accumulates over more than two windows. A window whose values are all zero sums to
 * exactly 0. Single-threaded; allocates only in its constructor.
 */
final class WindowSum
{
    private final double[] window;
    private final int windowLength;
    private final CompensatedSum sum = new CompensatedSum();
    private final CompensatedSum shadowSum = new CompensatedSum();
    private int head;
    private int count;
    private int nonZeroCount;
    private int shadowCount;

    /**
     * @param windowLength number of values summed, at least 1.
     */
    WindowSum(final int windowLength)
    {
        this.windowLength = windowLength;
        this.window = new double[windowLength];
    }

    /**
     * Add a finite value, dropping the oldest once the window is full.
     *
     * @param value the newest value.
     */
    void push(final double value)
    {
        if (count == windowLength)
        {
            final double evicted = window[head];
            sum.add(-evicted);
            if (evicted != 0.0)
            {
                nonZeroCount--;
            }
        }
        else
        {
            count++;
        }
        window[head] = value;
        head = head + 1 == windowLength ? 0 : head + 1;
        sum.add(value);
        if (value != 0.0)
        {
            nonZeroCount++;
        }

        shadowSum.add(value);
        if (++shadowCount == windowLength)
        {
            sum.copyFrom(shadowSum);
            shadowSum.reset();
            shadowCount = 0;
        }
    }

    /**
     * @return the sum of the values in the window.
     */
    double sum()
    {
        return nonZeroCount == 0 ? 0.0 : sum.value();
    }

    /**
     * @return true once the window holds {@code windowLength} values.
     */
    boolean isFull()
    {
        return count == windowLength;
    }

    /**
     * Forget all values.
     */
    void reset()
    {
        head = 0;
        count = 0;
        nonZeroCount = 0;
        shadowCount = 0;
        sum.reset();
        shadowSum.reset();
    }
}
