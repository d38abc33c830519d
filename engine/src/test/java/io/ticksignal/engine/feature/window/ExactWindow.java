package io.ticksignal.engine.feature.window;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Test-only references in 34-digit decimal arithmetic, two-pass over the values exactly as stored.
 */
final class ExactWindow
{
    private static final MathContext CONTEXT = MathContext.DECIMAL128;

    private ExactWindow()
    {
    }

    static double sum(final double[] values, final int start, final int n)
    {
        return exactSum(values, start, n).doubleValue();
    }

    static double mean(final double[] values, final int start, final int n)
    {
        return exactSum(values, start, n).divide(BigDecimal.valueOf(n), CONTEXT).doubleValue();
    }

    /** @return sum of squared deviations from the mean over values[start, start + n). */
    static double squaredDeviations(final double[] values, final int start, final int n)
    {
        return crossDeviations(values, values, start, n).doubleValue();
    }

    /** @return the OLS slope of y on x over [start, start + n). */
    static double slope(final double[] x, final double[] y, final int start, final int n)
    {
        return crossDeviations(x, y, start, n).divide(crossDeviations(x, x, start, n), CONTEXT).doubleValue();
    }

    /** @return the squared correlation of x and y over [start, start + n). */
    static double rSquared(final double[] x, final double[] y, final int start, final int n)
    {
        final BigDecimal xy = crossDeviations(x, y, start, n);
        return xy.multiply(xy, CONTEXT)
            .divide(crossDeviations(x, x, start, n).multiply(crossDeviations(y, y, start, n), CONTEXT), CONTEXT)
            .doubleValue();
    }

    private static BigDecimal exactSum(final double[] values, final int start, final int n)
    {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = start; i < start + n; i++)
        {
            sum = sum.add(new BigDecimal(values[i]));
        }
        return sum;
    }

    private static BigDecimal crossDeviations(final double[] a, final double[] b, final int start, final int n)
    {
        final BigDecimal count = BigDecimal.valueOf(n);
        final BigDecimal meanA = exactSum(a, start, n).divide(count, CONTEXT);
        final BigDecimal meanB = exactSum(b, start, n).divide(count, CONTEXT);
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = start; i < start + n; i++)
        {
            sum = sum.add(new BigDecimal(a[i]).subtract(meanA).multiply(new BigDecimal(b[i]).subtract(meanB)), CONTEXT);
        }
        return sum;
    }

    static boolean isClose(final double expected, final double actual, final double relative)
    {
        return Math.abs(expected - actual) <= relative * Math.abs(expected);
    }
}
