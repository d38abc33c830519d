package io.ticksignal.engine.feature.indicator;

/**
 * An unbounded running sum with Neumaier compensation: the rounding error of each addition is
 * carried in a second double, so the total stays within a few ulps of the exact sum however many
 * values are added (for sums that are never windowed, such as a session VWAP).
 * <p>
 * Single-threaded; allocates nothing.
 */
final class CompensatedSum
{
    private double sum;
    private double compensation;

    /**
     * @param value the value to add.
     */
    void add(final double value)
    {
        final double total = sum + value;
        if (Math.abs(sum) >= Math.abs(value))
        {
            compensation += (sum - total) + value;
        }
        else
        {
            compensation += (value - total) + sum;
        }
        sum = total;
    }

    /**
     * @return the compensated sum of every value added since construction or the last reset.
     */
    double value()
    {
        return sum + compensation;
    }

    /**
     * Back to zero.
     */
    void reset()
    {
        sum = 0.0;
        compensation = 0.0;
    }
}
