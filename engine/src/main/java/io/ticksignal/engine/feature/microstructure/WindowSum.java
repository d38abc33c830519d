package io.ticksignal.engine.feature.microstructure;

/**
 * Sum of the last {@code windowLength} values in O(1) per push, kept accurate three ways:
 * <ul>
 *   <li>compensated: each addition and removal goes through Knuth's TwoSum and its exact rounding error is
 *       accumulated separately, so cancellation (values leaving the window) costs no digits;</li>
 *   <li>re-anchored: a shadow sum is built from scratch alongside and, once it covers exactly the current window,
 *       replaces the running sum, so what error remains never builds up over more than {@code 2 * windowLength}
 *       pushes however long the stream;</li>
 *   <li>exact zero: a window whose values are all 0 sums to exactly 0.</li>
 * </ul>
 * Single-threaded; allocates only in its constructor.
 */
final class WindowSum
{
    private final double[] window;
    private final int windowLength;
    private int head;
    private int count;
    private int nonZeroCount;
    private double sum;
    private double compensation;
    private double shadowSum;
    private double shadowCompensation;
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
     * Add a value, dropping the oldest once the window is full.
     *
     * @param value the newest value, finite.
     */
    void push(final double value)
    {
        if (count == windowLength)
        {
            final double evicted = window[head];
            nonZeroCount -= evicted != 0.0 ? 1 : 0;
            addToSum(-evicted);
        }
        else
        {
            count++;
        }
        nonZeroCount += value != 0.0 ? 1 : 0;
        addToSum(value);
        window[head] = value;
        head = head + 1 == windowLength ? 0 : head + 1;

        final double shadowTotal = shadowSum + value;
        shadowCompensation += roundingError(shadowSum, value, shadowTotal);
        shadowSum = shadowTotal;
        if (++shadowCount == windowLength)
        {
            sum = shadowSum;
            compensation = shadowCompensation;
            shadowSum = 0.0;
            shadowCompensation = 0.0;
            shadowCount = 0;
        }
        if (nonZeroCount == 0)
        {
            sum = 0.0;
            compensation = 0.0;
        }
    }

    private void addToSum(final double value)
    {
        final double total = sum + value;
        compensation += roundingError(sum, value, total);
        sum = total;
    }

    /**
     * Knuth's TwoSum: the exact error of {@code total = a + b} in floating point.
     */
    private static double roundingError(final double a, final double b, final double total)
    {
        final double bPart = total - a;
        return (a - (total - bPart)) + (b - bPart);
    }

    /**
     * @return sum of the values in the window (0 when empty).
     */
    double sum()
    {
        return sum + compensation;
    }

    /**
     * @return true once the window holds {@code windowLength} values.
     */
    boolean isFull()
    {
        return count == windowLength;
    }

    /**
     * @return number of values in the window.
     */
    int count()
    {
        return count;
    }

    /**
     * Forget all values.
     */
    void reset()
    {
        head = 0;
        count = 0;
        nonZeroCount = 0;
        sum = 0.0;
        compensation = 0.0;
        shadowSum = 0.0;
        shadowCompensation = 0.0;
        shadowCount = 0;
    }
}
