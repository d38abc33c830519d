package io.ticksignal.engine.feature.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;

/**
 * Window statistics computed two-pass in 34-digit decimal arithmetic: the reference for outputs
 * where TA-Lib's own whole-history running sums lose more than 1e-9 relative over a few thousand
 * bars: the E[x^2] - E[x]^2 sums of VAR, STDDEV, BBANDS and CORREL, and the SMA sums that APO
 * subtracts. TA-Lib is still cross-checked against it: at 1e-6 relative, or, where the window's
 * spread is tiny next to its level (one-minute BTC bars at ~$800 with a variance of 1e-5), within
 * the error TA-Lib's formula has at that level, stated per check below.
 */
final class ExactReference
{
    static final double TA_LIB_CROSS_CHECK_RELATIVE = 1e-6;
    static final double TA_LIB_CROSS_CHECK_ABSOLUTE = 1e-9;

    /**
     * TA-Lib VAR keeps running sums of x and x^2 over the whole history, so its error is absolute,
     * on the scale of the window's squared mean (measured: at most 1.1e-14 of it on AAPL, Bitstamp
     * 1m and synthetic bars), not relative to the variance.
     */
    static final double TA_LIB_VARIANCE_ERROR_PER_SQUARED_MEAN = 1e-13;

    /**
     * TA-Lib CORREL's error in r^2 grows with the condition number mean^2 / variance of the window
     * (measured: |error| * variance / mean^2 at most 2.2e-12 on the same series).
     */
    static final double TA_LIB_R_SQUARED_ERROR_PER_CONDITION = 1e-11;

    private static final MathContext CONTEXT = MathContext.DECIMAL128;

    private ExactReference()
    {
    }

    /**
     * @return [mean, population variance] per bar, NaN before the first full window.
     */
    static BigDecimal[][] meanAndVariance(final double[] values, final int n)
    {
        final BigDecimal[][] result = new BigDecimal[2][values.length];
        final BigDecimal count = BigDecimal.valueOf(n);
        for (int end = n - 1; end < values.length; end++)
        {
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = end - n + 1; i <= end; i++)
            {
                sum = sum.add(new BigDecimal(values[i]));
            }
            final BigDecimal mean = sum.divide(count, CONTEXT);
            BigDecimal squares = BigDecimal.ZERO;
            for (int i = end - n + 1; i <= end; i++)
            {
                final BigDecimal scaledDeviation = new BigDecimal(values[i]).multiply(count).subtract(sum);
                squares = squares.add(scaledDeviation.multiply(scaledDeviation));
            }
            result[0][end] = mean;
            result[1][end] = squares.divide(count.pow(3), CONTEXT);
        }
        return result;
    }

    /**
     * @return mean over the last {@code fast} values minus mean over the last {@code slow} values,
     * per bar, NaN until both windows are full (APO with SMA).
     */
    static double[] meanDifference(final double[] values, final int fast, final int slow)
    {
        final BigDecimal[] fastMean = meanAndVariance(values, fast)[0];
        final BigDecimal[] slowMean = meanAndVariance(values, slow)[0];
        final double[] result = nans(values.length);
        for (int i = Math.max(fast, slow) - 1; i < values.length; i++)
        {
            result[i] = fastMean[i].subtract(slowMean[i], CONTEXT).doubleValue();
        }
        return result;
    }

    /**
     * @return the exact population variance, after asserting that TA-Lib VAR is within
     * {@link #TA_LIB_VARIANCE_ERROR_PER_SQUARED_MEAN} of the squared mean of it.
     */
    static double[] varianceCrossCheckedWith(final double[] values, final int n, final double[] taLibVariance)
    {
        final BigDecimal[][] meanVariance = meanAndVariance(values, n);
        final double[] variance = toDoubles(meanVariance[1]);
        assertWithin(variance, taLibVariance, varianceAllowedError(meanVariance, variance), "VAR");
        return variance;
    }

    /**
     * @return the exact population standard deviation, after asserting that the square of TA-Lib
     * STDDEV is within {@link #TA_LIB_VARIANCE_ERROR_PER_SQUARED_MEAN} of the squared mean of the
     * exact variance (a check on the square, as TA-Lib's error is in the variance it takes the root of).
     */
    static double[] standardDeviationCrossCheckedWith(final double[] values, final int n, final double[] taLibStdDev)
    {
        final BigDecimal[][] meanVariance = meanAndVariance(values, n);
        final double[] variance = toDoubles(meanVariance[1]);
        final double[] taLibSquared = new double[taLibStdDev.length];
        final double[] result = nans(values.length);
        for (int i = 0; i < values.length; i++)
        {
            taLibSquared[i] = taLibStdDev[i] * taLibStdDev[i];
            if (meanVariance[1][i] != null)
            {
                result[i] = meanVariance[1][i].sqrt(CONTEXT).doubleValue();
            }
        }
        assertWithin(variance, taLibSquared, varianceAllowedError(meanVariance, variance), "STDDEV^2");
        return result;
    }

    /**
     * @return the exact r^2 of the values against the bar number, after asserting that TA-Lib's
     * CORREL^2 is within 1e-5 relative, 1e-9 absolute, or {@link #TA_LIB_R_SQUARED_ERROR_PER_CONDITION}
     * times the window's mean^2 / variance; not on constant windows, where r^2 is 0 by our convention.
     */
    static double[] rSquaredCrossCheckedWith(final double[] values, final int n, final double[] taLibRSquared)
    {
        final BigDecimal[][] meanVariance = meanAndVariance(values, n);
        final double[] rSquared = rSquared(values, n);
        final double[] allowed = new double[values.length];
        for (int i = n - 1; i < values.length; i++)
        {
            allowed[i] = Math.max(TA_LIB_CROSS_CHECK_ABSOLUTE, 1e-5 * Math.abs(rSquared[i]));
            final double variance = meanVariance[1][i].doubleValue();
            if (variance > 0.0)
            {
                final double mean = meanVariance[0][i].doubleValue();
                allowed[i] = Math.max(allowed[i], TA_LIB_R_SQUARED_ERROR_PER_CONDITION * mean * mean / variance);
            }
            else
            {
                // A constant window: r is 0/0, TA-Lib's denominator is rounding noise of its running
                // sums (it gives 1.2e-8 at Bitstamp 1m bar 4,392), so there is nothing to compare.
                allowed[i] = Double.POSITIVE_INFINITY;
            }
        }
        assertWithin(rSquared, taLibRSquared, allowed, "CORREL^2");
        return rSquared;
    }

    /**
     * @return lower, middle, upper, pctb (0.5 on touching bands), width, per bar.
     */
    static double[][] bollinger(final double[] close, final int n, final double k)
    {
        final BigDecimal[][] meanVariance = meanAndVariance(close, n);
        final double[][] result = {nans(close.length), nans(close.length), nans(close.length),
            nans(close.length), nans(close.length)};
        for (int i = n - 1; i < close.length; i++)
        {
            final BigDecimal middle = meanVariance[0][i];
            final BigDecimal halfWidth = new BigDecimal(k).multiply(meanVariance[1][i].sqrt(CONTEXT), CONTEXT);
            final BigDecimal lower = middle.subtract(halfWidth, CONTEXT);
            final BigDecimal upper = middle.add(halfWidth, CONTEXT);
            final BigDecimal width = upper.subtract(lower, CONTEXT);
            result[0][i] = lower.doubleValue();
            result[1][i] = middle.doubleValue();
            result[2][i] = upper.doubleValue();
            result[3][i] = width.signum() == 0 ? 0.5 :
                new BigDecimal(close[i]).subtract(lower, CONTEXT).divide(width, CONTEXT).doubleValue();
            result[4][i] = width.divide(middle, CONTEXT).doubleValue();
        }
        return result;
    }

    /**
     * @return squared correlation of the values with the bar number over each window, 0 for a
     * constant window, NaN before the first full window.
     */
    static double[] rSquared(final double[] values, final int n)
    {
        final BigDecimal[][] meanVariance = meanAndVariance(values, n);
        final double[] result = nans(values.length);
        final BigDecimal centre = BigDecimal.valueOf(n - 1).divide(BigDecimal.valueOf(2), CONTEXT);
        final BigDecimal sumXx = BigDecimal.valueOf((long)n * (n - 1) * (n + 1)).divide(BigDecimal.valueOf(12), CONTEXT);
        for (int end = n - 1; end < values.length; end++)
        {
            final BigDecimal mean = meanVariance[0][end];
            final BigDecimal sumYy = meanVariance[1][end].multiply(BigDecimal.valueOf(n), CONTEXT);
            BigDecimal sumXy = BigDecimal.ZERO;
            for (int t = 0; t < n; t++)
            {
                final BigDecimal x = BigDecimal.valueOf(t).subtract(centre, CONTEXT);
                final BigDecimal y = new BigDecimal(values[end - n + 1 + t]).subtract(mean, CONTEXT);
                sumXy = sumXy.add(x.multiply(y, CONTEXT), CONTEXT);
            }
            result[end] = sumYy.signum() == 0 ? 0.0 :
                sumXy.multiply(sumXy, CONTEXT).divide(sumXx.multiply(sumYy, CONTEXT), CONTEXT).doubleValue();
        }
        return result;
    }

    /**
     * Asserts that TA-Lib has output exactly where the exact reference has, and agrees with it within
     * 1e-6 relative or 1e-9 absolute.
     */
    static double[] crossCheckedWith(final double[] exact, final double[] taLib, final String what)
    {
        return crossCheckedWith(exact, taLib, what, TA_LIB_CROSS_CHECK_RELATIVE);
    }

    /**
     * As {@link #crossCheckedWith(double[], double[], String)} with the given relative tolerance.
     */
    static double[] crossCheckedWith(final double[] exact, final double[] taLib, final String what, final double relative)
    {
        for (int i = 0; i < exact.length; i++)
        {
            final double error = Math.abs(exact[i] - taLib[i]);
            final boolean bothNaN = Double.isNaN(exact[i]) && Double.isNaN(taLib[i]);
            if (!bothNaN && !(error <= TA_LIB_CROSS_CHECK_ABSOLUTE || error <= relative * Math.abs(exact[i])))
            {
                throw new AssertionError("TA-Lib " + what + " at bar " + i + ": " + taLib[i] + " vs exact " + exact[i]);
            }
        }
        return exact;
    }

    private static double[] varianceAllowedError(final BigDecimal[][] meanVariance, final double[] variance)
    {
        final double[] allowed = new double[variance.length];
        for (int i = 0; i < allowed.length; i++)
        {
            if (meanVariance[0][i] != null)
            {
                final double mean = meanVariance[0][i].doubleValue();
                allowed[i] = Math.max(
                    Math.max(TA_LIB_CROSS_CHECK_ABSOLUTE, TA_LIB_CROSS_CHECK_RELATIVE * variance[i]),
                    TA_LIB_VARIANCE_ERROR_PER_SQUARED_MEAN * mean * mean);
            }
        }
        return allowed;
    }

    /**
     * Asserts NaN in both exactly together and every other difference within the allowed error.
     */
    private static void assertWithin(
        final double[] exact, final double[] taLib, final double[] allowed, final String what)
    {
        for (int i = 0; i < exact.length; i++)
        {
            final boolean bothNaN = Double.isNaN(exact[i]) && Double.isNaN(taLib[i]);
            if (!bothNaN && !(Math.abs(exact[i] - taLib[i]) <= allowed[i]))
            {
                throw new AssertionError("TA-Lib " + what + " at bar " + i + ": " + taLib[i] + " vs exact " + exact[i] +
                    " (allowed error " + allowed[i] + ")");
            }
        }
    }

    private static double[] toDoubles(final BigDecimal[] values)
    {
        final double[] result = nans(values.length);
        for (int i = 0; i < values.length; i++)
        {
            if (values[i] != null)
            {
                result[i] = values[i].doubleValue();
            }
        }
        return result;
    }

    private static double[] nans(final int length)
    {
        final double[] result = new double[length];
        Arrays.fill(result, Double.NaN);
        return result;
    }
}
