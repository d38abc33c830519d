package io.ticksignal.engine.feature.volatility;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Test-only reference: every estimator recomputed from scratch over its full window, straight from
 * the textbook formulas. Sample variances of the double log returns are computed exactly in
 * {@link BigDecimal} (rounded once, at the end), so the reference itself does not lose digits on
 * windows whose spread is tiny next to their mean. Each method returns NaN when the bars up to
 * {@code end} (inclusive) are too few.
 */
final class NaiveVolatility
{
    private static final double LN2 = Math.log(2.0);
    private static final MathContext DIGITS_50 = new MathContext(50);

    private NaiveVolatility()
    {
    }

    /** Sample stdev of r_i = ln(C_i / C_{i-1}), i = end-n+1..end. */
    static double volClose(final BarArrays bars, final int end, final int n)
    {
        if (end < n)
        {
            return Double.NaN;
        }
        final double[] returns = new double[n];
        for (int i = 0; i < n; i++)
        {
            final int bar = end - n + 1 + i;
            returns[i] = Math.log(bars.close(bar) / bars.close(bar - 1));
        }
        return Math.sqrt(sampleVariance(returns));
    }

    /** sqrt(sum r_i^2), i = end-n+1..end. */
    static double realizedVol(final BarArrays bars, final int end, final int n)
    {
        if (end < n)
        {
            return Double.NaN;
        }
        double sum = 0.0;
        for (int bar = end - n + 1; bar <= end; bar++)
        {
            final double r = Math.log(bars.close(bar) / bars.close(bar - 1));
            sum += r * r;
        }
        return Math.sqrt(sum);
    }

    /** sqrt(sum ln(H/L)^2 / (4 ln2 n)). */
    static double parkinson(final BarArrays bars, final int end, final int n)
    {
        if (end < n - 1)
        {
            return Double.NaN;
        }
        double sum = 0.0;
        for (int bar = end - n + 1; bar <= end; bar++)
        {
            final double u = Math.log(bars.high(bar) / bars.low(bar));
            sum += u * u;
        }
        return Math.sqrt(sum / (4.0 * LN2 * n));
    }

    /** sqrt(mean(0.5 ln(H/L)^2 - (2 ln2 - 1) ln(C/O)^2)). */
    static double garmanKlass(final BarArrays bars, final int end, final int n)
    {
        if (end < n - 1)
        {
            return Double.NaN;
        }
        double sum = 0.0;
        for (int bar = end - n + 1; bar <= end; bar++)
        {
            final double u = Math.log(bars.high(bar) / bars.low(bar));
            final double c = Math.log(bars.close(bar) / bars.open(bar));
            sum += 0.5 * u * u - (2.0 * LN2 - 1.0) * c * c;
        }
        return Math.sqrt(sum / n);
    }

    /** sqrt(mean(ln(H/C) ln(H/O) + ln(L/C) ln(L/O))). */
    static double rogersSatchell(final BarArrays bars, final int end, final int n)
    {
        if (end < n - 1)
        {
            return Double.NaN;
        }
        return Math.sqrt(rogersSatchellMean(bars, end, n));
    }

    /** sqrt(Vo + k Vc + (1 - k) Vrs), k = 0.34 / (1.34 + (n+1)/(n-1)), Vo, Vc sample variances. */
    static double yangZhang(final BarArrays bars, final int end, final int n)
    {
        if (end < n)
        {
            return Double.NaN;
        }
        final double[] overnight = new double[n];
        final double[] openToClose = new double[n];
        for (int i = 0; i < n; i++)
        {
            final int bar = end - n + 1 + i;
            overnight[i] = Math.log(bars.open(bar) / bars.close(bar - 1));
            openToClose[i] = Math.log(bars.close(bar) / bars.open(bar));
        }
        final double k = 0.34 / (1.34 + (n + 1.0) / (n - 1.0));
        return Math.sqrt(
            sampleVariance(overnight) + k * sampleVariance(openToClose) + (1.0 - k) * rogersSatchellMean(bars, end, n));
    }

    /**
     * @return naive vol_close(n) at every bar (NaN while not warm).
     */
    static double[] volCloseSeries(final BarArrays bars, final int n)
    {
        final double[] vols = new double[bars.size()];
        for (int i = 0; i < vols.length; i++)
        {
            vols[i] = volClose(bars, i, n);
        }
        return vols;
    }

    /**
     * Bounds of {@code 100 (below + 0.5 equalOthers) / (m - 1)} for {@code vols[end]} among
     * {@code vols[end-m+1..end]}, where values within {@code relativeTolerance} of the current one
     * may rank either way; returns {lowest, highest}, or null while not warm.
     */
    static double[] volPercentileBounds(
        final double[] vols, final int end, final int m, final double relativeTolerance)
    {
        if (end - m + 1 < 0 || Double.isNaN(vols[end - m + 1]))
        {
            return null;
        }
        final double current = vols[end];
        final double band = relativeTolerance * current;
        int definitelyBelow = 0;
        int near = 0;
        for (int bar = end - m + 1; bar < end; bar++)
        {
            final double other = vols[bar];
            if (other < current - band)
            {
                definitelyBelow++;
            }
            else if (other <= current + band)
            {
                near++;
            }
        }
        final double scale = 100.0 / (m - 1);
        return new double[]{scale * definitelyBelow, scale * (definitelyBelow + near)};
    }

    private static double rogersSatchellMean(final BarArrays bars, final int end, final int n)
    {
        double sum = 0.0;
        for (int bar = end - n + 1; bar <= end; bar++)
        {
            final double h = bars.high(bar);
            final double l = bars.low(bar);
            final double o = bars.open(bar);
            final double c = bars.close(bar);
            sum += Math.log(h / c) * Math.log(h / o) + Math.log(l / c) * Math.log(l / o);
        }
        return sum / n;
    }

    /** Exact until the last division: (n sum x^2 - (sum x)^2) / (n (n - 1)) in unlimited-precision decimals. */
    private static double sampleVariance(final double[] values)
    {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal sumSquares = BigDecimal.ZERO;
        for (final double value : values)
        {
            final BigDecimal exact = new BigDecimal(value);
            sum = sum.add(exact);
            sumSquares = sumSquares.add(exact.multiply(exact));
        }
        final long n = values.length;
        final BigDecimal numerator = sumSquares.multiply(BigDecimal.valueOf(n)).subtract(sum.multiply(sum));
        return numerator.divide(BigDecimal.valueOf(n * (n - 1)), DIGITS_50).doubleValue();
    }
}
