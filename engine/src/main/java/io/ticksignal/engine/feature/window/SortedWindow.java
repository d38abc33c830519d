package io.ticksignal.engine.feature.window;

/**
 * The last {@code windowLength} values kept twice: in arrival order (a ring, to know which value
 * leaves) and in ascending order (a sorted array, to count by binary search). A push costs two
 * binary searches and two {@link System#arraycopy} shifts of at most {@code windowLength} doubles;
 * a rank query costs two binary searches. Exact: values are compared as stored, with {@code <}.
 * Values must not be NaN. Single-threaded; allocates only in its constructor.
 */
public final class SortedWindow
{
    private final double[] ring;
    private final double[] sorted;
    private final int windowLength;
    private int head;
    private int count;

    /**
     * @param windowLength number of values kept, at least 1.
     */
    public SortedWindow(final int windowLength)
    {
        this.windowLength = ArgumentChecks.requireAtLeast("windowLength", windowLength, 1);
        this.ring = new double[windowLength];
        this.sorted = new double[windowLength];
    }

    /**
     * Add a value, dropping the oldest once the window is full.
     *
     * @param value the newest value, not NaN.
     */
    public void push(final double value)
    {
        if (count == windowLength)
        {
            final int index = countBelow(ring[head]);
            System.arraycopy(sorted, index + 1, sorted, index, count - index - 1);
            count--;
        }
        final int insertAt = countAtOrBelow(value);
        System.arraycopy(sorted, insertAt, sorted, insertAt + 1, count - insertAt);
        sorted[insertAt] = value;
        count++;
        ring[head] = value;
        head = head + 1 == windowLength ? 0 : head + 1;
    }

    /**
     * @param value the value to compare with.
     * @return how many values in the window are strictly less than value.
     */
    public int countBelow(final double value)
    {
        int low = 0;
        int high = count;
        while (low < high)
        {
            final int middle = (low + high) >>> 1;
            if (sorted[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    /**
     * @param value the value to compare with.
     * @return how many values in the window are less than or equal to value.
     */
    public int countAtOrBelow(final double value)
    {
        int low = 0;
        int high = count;
        while (low < high)
        {
            final int middle = (low + high) >>> 1;
            if (sorted[middle] <= value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    /**
     * @return true once the window holds {@code windowLength} values.
     */
    public boolean isFull()
    {
        return count == windowLength;
    }

    /**
     * Forget all values.
     */
    public void reset()
    {
        head = 0;
        count = 0;
    }
}
