package io.ticksignal.engine.feature.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;

/**
 * Window statistics computed two-pass in 34-digit decimal arithmetic: the reference for outputs
 * where TA-Lib's own E[x^2] - E[x]^2 running sums (VAR, STDDEV, BBANDS, CORREL) lose more than 1e-9
 * relative over a few thousand bars. TA-Lib is still cross-checked against it at 1e-6 relative.
 */
final class ExactReference
{
    static final double TA_LIB_CROSS_CHECK_RELATIVE = 1e-6;
    static final double TA_LIB_CROSS_CHECK_ABSOLUTE = 1e-9;

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

    static double[] variance(final double[] values, final int n)
    {
        return toDoubles(meanAndVariance(values, n)[1]);
    }

    static double[] standardDeviation(final double[] values, final int n)
    {
        final BigDecimal[] variance = meanAndVariance(values, n)[1];
        final double[] result = nans(values.length);
        for (int i = 0; i < variance.length; i++)
        {
            if (variance[i] != null)
            {
                result[i] = variance[i].sqrt(CONTEXT).doubleValue();
            }
        }
        return result;
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
