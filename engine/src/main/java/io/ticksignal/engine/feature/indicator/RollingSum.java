package io.ticksignal.engine.feature.indicator;

/**
 * Sum of the last {@code windowLength} values, O(1) per push, with double-buffered re-anchoring:
 * a shadow sum accumulates the values from scratch and, once it covers exactly the current
 * window, replaces the running sum. Rounding error therefore never builds up over more than
 * {@code 2 * windowLength} pushes, however long the stream.
 * <p>
 * Single-threaded; allocates only in its constructor.
 */
final class RollingSum
{
    private final double[] window;
    private final int windowLength;
    private int head;
    private int count;
    private double sum;
    private double shadowSum;
    private int shadowCount;

    /**
     * @param windowLength number of values summed, at least 1.
     */
    RollingSum(final int windowLength)
    {
        this.windowLength = windowLength;
        this.window = new double[windowLength];
    }

    /**
     * Add a value, dropping the oldest once the window is full.
     *
     * @param value the newest value.
     */
    void push(final double value)
    {
        double evicted = 0.0;
        if (count == windowLength)
        {
            evicted = window[head];
        }
        else
        {
            count++;
        }
        window[head] = value;
        head = head + 1 == windowLength ? 0 : head + 1;
        sum = (sum + value) - evicted;

        shadowSum += value;
        if (++shadowCount == windowLength)
        {
            sum = shadowSum;
            shadowSum = 0.0;
            shadowCount = 0;
        }
    }

    /**
     * @return sum of the values in the window.
     */
    double sum()
    {
        return sum;
    }

    /**
     * @return number of values in the window, at most the window length.
     */
    int count()
    {
        return count;
    }

    /**
     * @return true once the window holds {@code windowLength} values.
     */
    boolean isFull()
    {
        return count == windowLength;
    }

    /**
     * @param age 0 for the newest value, {@code count() - 1} for the oldest.
     * @return the value pushed {@code age} pushes ago.
     */
    double get(final int age)
    {
        final int index = head - 1 - age;
        return window[index < 0 ? index + windowLength : index];
    }

    /**
     * Forget all values.
     */
    void reset()
    {
        head = 0;
        count = 0;
        sum = 0.0;
        shadowSum = 0.0;
        shadowCount = 0;
    }
}
