package io.ticksignal.engine.feature.window;

/**
 * Maximum or minimum of the last {@code windowLength} values in amortised O(1) per push: a deque
 * over primitive arrays holds the candidates in push order with strictly monotonic values. On ties
 * the newest value wins (the same bar TA-Lib reports for AROON).
 * <p>
 * Single-threaded; allocates only in its constructor.
 */
public final class MonotonicDeque
{
    /**
     * Which extreme the deque tracks.
     */
    public enum Extreme
    {
        /** The largest value of the window. */
        MAX,
        /** The smallest value of the window. */
        MIN
    }

    private final Extreme extreme;
    private final int windowLength;
    private final double[] values;
    private final long[] sequences;
    private int head;
    private int size;
    private long nextSequence;

    /**
     * @param windowLength number of most recent values considered, at least 1.
     * @param extreme      which extreme to track.
     */
    public MonotonicDeque(final int windowLength, final Extreme extreme)
    {
        this.windowLength = ArgumentChecks.requireAtLeast("windowLength", windowLength, 1);
        this.extreme = extreme;
        this.values = new double[windowLength];
        this.sequences = new long[windowLength];
    }

    /**
     * Add the newest value.
     *
     * @param value the newest value.
     */
    public void push(final double value)
    {
        final long sequence = nextSequence++;
        if (size > 0 && sequences[head] <= sequence - windowLength)
        {
            head = head + 1 == windowLength ? 0 : head + 1;
            size--;
        }
        while (size > 0 && isDominatedBy(values[tailIndex()], value))
        {
            size--;
        }
        int index = head + size;
        if (index >= windowLength)
        {
            index -= windowLength;
        }
        values[index] = value;
        sequences[index] = sequence;
        size++;
    }

    private boolean isDominatedBy(final double older, final double newer)
    {
        return extreme == Extreme.MAX ? older <= newer : older >= newer;
    }

    private int tailIndex()
    {
        final int index = head + size - 1;
        return index >= windowLength ? index - windowLength : index;
    }

    /**
     * @return the extreme of the window; undefined before the first push.
     */
    public double value()
    {
        return values[head];
    }

    /**
     * @return how many pushes ago the extreme was pushed (0 = the newest value).
     */
    public int ageOfExtreme()
    {
        return (int)(nextSequence - 1 - sequences[head]);
    }

    /**
     * Forget all values.
     */
    public void reset()
    {
        head = 0;
        size = 0;
        nextSequence = 0;
    }
}
