package io.ticksignal.engine.feature.window;

/**
 * Sum of the last {@code windowLength} values in O(1) per push, kept accurate three ways:
 * <ul>
 *   <li>compensated: additions and removals go through a {@link CompensatedSum}, so cancellation (values leaving
 *       the window) costs no digits;</li>
 *   <li>re-anchored: a shadow sum is built from scratch alongside and, once it covers exactly the current window,
 *       replaces the running sum, so what error remains never builds up over more than {@code 2 * windowLength}
 *       pushes however long the stream;</li>
 *   <li>exact zero: a window whose values are all 0 sums to exactly 0.</li>
 * </ul>
 * The values stay readable by age ({@link #get}). Single-threaded; allocates only in its constructor.
 */
public final class WindowSum
{
    private final DoubleRing window;
    private final int windowLength;
    private final CompensatedSum sum = new CompensatedSum();
    private final CompensatedSum shadowSum = new CompensatedSum();
    private int nonZeroCount;
    private int shadowCount;

    /**
     * @param windowLength number of values summed, at least 1.
     */
    public WindowSum(final int windowLength)
    {
        this.windowLength = ArgumentChecks.requireAtLeast("windowLength", windowLength, 1);
        this.window = new DoubleRing(windowLength);
    }

    /**
     * Add a value, dropping the oldest once the window is full.
     *
     * @param value the newest value, finite.
     */
    public void push(final double value)
    {
        if (window.isFull())
        {
            final double evicted = window.oldest();
            sum.add(-evicted);
            nonZeroCount -= evicted != 0.0 ? 1 : 0;
        }
        window.push(value);
        sum.add(value);
        nonZeroCount += value != 0.0 ? 1 : 0;

        shadowSum.add(value);
        if (++shadowCount == windowLength)
        {
            sum.copyFrom(shadowSum);
            shadowSum.reset();
            shadowCount = 0;
        }
    }

    /**
     * @return the sum of the values in the window: 0 when empty, exactly 0 when every value is 0.
     */
    public double sum()
    {
        return nonZeroCount == 0 ? 0.0 : sum.value();
    }

    /**
     * @param age 0 for the newest value, {@code count() - 1} for the oldest.
     * @return the value pushed {@code age} pushes ago.
     */
    public double get(final int age)
    {
        return window.get(age);
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
        nonZeroCount = 0;
        shadowCount = 0;
        sum.reset();
        shadowSum.reset();
    }
}
