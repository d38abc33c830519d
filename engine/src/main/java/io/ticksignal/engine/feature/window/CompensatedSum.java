package io.ticksignal.engine.feature.window;

/**
 * An unbounded running sum with Neumaier compensation: the exact rounding error of each addition is kept in a
 * second, trailing term, so {@code leading + trailing} stays within about eps^2 times the sum of the magnitudes
 * added, however many terms (of either sign) were added. The two parts can be read separately for double-double
 * arithmetic, and products can be added exactly ({@link #addProduct}). Used alone for whole-history sums (a
 * session VWAP) and as the accumulator of the windowed classes here.
 * <p>
 * Single-threaded; allocates nothing.
 */
public final class CompensatedSum
{
    private double sum;
    private double compensation;

    /**
     * @param value the term to add, finite.
     */
    public void add(final double value)
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
     * Add the exact product {@code a * b}: its rounded value to the sum, its rounding error to the trailing part.
     *
     * @param a first factor, finite.
     * @param b second factor, finite.
     */
    public void addProduct(final double a, final double b)
    {
        final double product = a * b;
        add(product);
        compensation += ExactArithmetic.productError(a, b, product);
    }

    /**
     * @return the leading part of the total (the plain running sum).
     */
    public double leading()
    {
        return sum;
    }

    /**
     * @return the trailing part of the total (the accumulated rounding errors).
     */
    public double trailing()
    {
        return compensation;
    }

    /**
     * @return the compensated total of every term added since construction or the last reset.
     */
    public double value()
    {
        return sum + compensation;
    }

    /**
     * @param other the sum whose state to take.
     */
    public void copyFrom(final CompensatedSum other)
    {
        sum = other.sum;
        compensation = other.compensation;
    }

    /**
     * Back to zero.
     */
    public void reset()
    {
        sum = 0.0;
        compensation = 0.0;
    }
}
