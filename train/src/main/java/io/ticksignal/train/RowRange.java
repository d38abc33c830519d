package io.ticksignal.train;

/**
 * A half-open range of dataset rows {@code [start, end)}, in time order.
 *
 * @param start first row.
 * @param end   one past the last row.
 */
record RowRange(int start, int end)
{
    int size()
    {
        return end - start;
    }

    @Override
    public String toString()
    {
        return "[" + start + ", " + end + ")";
    }
}
