package io.ticksignal.engine.model.calibration;

import java.util.Arrays;

/**
 * Isotonic calibration as a piecewise-linear table: between two knots {@code (x[i], y[i])} and
 * {@code (x[i+1], y[i+1])} the result is the linear interpolation; below {@code x[0]} it is {@code y[0]}, above the
 * last knot it is the last {@code y} (clamped, as scikit-learn's {@code IsotonicRegression(out_of_bounds="clip")}).
 * Lookup is a binary search: O(log n), allocation-free. Immutable (the arrays are copied).
 */
public final class IsotonicCalibration implements Calibration
{
    private final double[] x;
    private final double[] y;

    /**
     * @param x knots, at least 2, finite and strictly increasing.
     * @param y values, as many as {@code x}, in [0, 1] and non-decreasing.
     * @throws IllegalArgumentException naming the first bad index when the table is not as above.
     */
    public IsotonicCalibration(final double[] x, final double[] y)
    {
        final String problem = problem(x, y);
        if (problem != null)
        {
            throw new IllegalArgumentException(problem);
        }
        this.x = x.clone();
        this.y = y.clone();
    }

    /**
     * @param x knots.
     * @param y values.
     * @return what is wrong with the table, or null when it is valid (for loaders that collect errors).
     */
    public static String problem(final double[] x, final double[] y)
    {
        if (x.length < 2 || x.length != y.length)
        {
            return "isotonic table needs x and y of the same length, at least 2; got " + x.length + " x and "
                + y.length + " y values";
        }
        for (int i = 0; i < x.length; i++)
        {
            if (!Double.isFinite(x[i]) || (i > 0 && x[i] <= x[i - 1]))
            {
                return "x must be finite and strictly increasing; x[" + i + "]=" + x[i] + " is not";
            }
            if (!(y[i] >= 0.0 && y[i] <= 1.0) || (i > 0 && y[i] < y[i - 1]))
            {
                return "y must be in [0, 1] and non-decreasing; y[" + i + "]=" + y[i] + " is not";
            }
        }
        return null;
    }

    @Override
    public double apply(final double score)
    {
        final int last = x.length - 1;
        if (score <= x[0])
        {
            return y[0];
        }
        if (score >= x[last])
        {
            return y[last];
        }
        if (Double.isNaN(score))
        {
            return Double.NaN;
        }
        int low = 0;
        int high = last;
        while (high - low > 1)
        {
            final int middle = (low + high) >>> 1;
            if (x[middle] <= score)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }
        final double fraction = (score - x[low]) / (x[high] - x[low]);
        return y[low] + fraction * (y[high] - y[low]);
    }

    @Override
    public CalibrationKind kind()
    {
        return CalibrationKind.ISOTONIC;
    }

    /**
     * @return number of knots.
     */
    public int knotCount()
    {
        return x.length;
    }

    @Override
    public String toString()
    {
        return "IsotonicCalibration{x=" + Arrays.toString(x) + ", y=" + Arrays.toString(y) + '}';
    }
}
