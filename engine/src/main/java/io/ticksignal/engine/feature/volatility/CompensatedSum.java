package io.ticksignal.engine.feature.volatility;

/**
 * A running sum with Neumaier compensation: the exact rounding error of each addition is kept in
 * a second, trailing term, so {@code leading + trailing} stays within about eps^2 of the sum of the
 * magnitudes added, however many terms (of either sign) were added. The two parts can be read
 * separately for double-double arithmetic. Single-threaded; no allocation.
 */
final class CompensatedSum
{
    private double sum;
    private double compensation;

    /**
     * @param value the term to add.
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
     * Add a term that is already tiny (e.g. the rounding error of a product) straight to the
     * trailing part.
     *
     * @param value the term to add.
     */
    void addTrailing(final double value)
    {
        compensation += value;
    }

    /**
     * @return the leading part of the total (the plain running sum).
     */
    double leading()
    {
        return sum;
    }

    /**
     * @return the trailing part of the total (the accumulated rounding errors).
     */
    double trailing()
    {
        return compensation;
    }

    /**
     * @return the compensated total.
     */
    double value()
    {
        return sum + compensation;
    }

    /**
     * @param other the sum whose state to take.
     */
    void copyFrom(final CompensatedSum other)
    {
        sum = other.sum;
        compensation = other.compensation;
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
