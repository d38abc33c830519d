package io.ticksignal.engine.feature.indicator;

import static io.ticksignal.engine.feature.indicator.IndicatorCase.single;
import static io.ticksignal.engine.feature.indicator.NaiveBandVolumeCases.nans;

import java.util.List;

/**
 * Statistics TA-Lib lacks (zscore, percent_rank, ret, logret, skew, kurt), each against a naive full-window
 * recomputation of its documented formula.
 */
final class NaiveStatisticsCases
{
    private NaiveStatisticsCases()
    {
    }

    static List<IndicatorCase> cases()
    {
        return List.of(
            single("zscore(20)", () -> new ZScore(20), b -> NaiveBandVolumeCases.exactZScore(b.close(), 20)),
            single("zscore(5)", () -> new ZScore(5), b -> NaiveBandVolumeCases.exactZScore(b.close(), 5)),
            single("percent_rank(20)", () -> new PercentRank(20), b -> percentRank(b.close(), 20)),
            single("percent_rank(1)", () -> new PercentRank(1), b -> percentRank(b.close(), 1)),
            single("ret(1)", () -> new Ret(1), b -> ret(b.close(), 1)),
            single("ret(10)", () -> new Ret(10), b -> ret(b.close(), 10)),
            single("logret(1)", () -> new LogRet(1), b -> logret(b.close(), 1)),
            single("logret(10)", () -> new LogRet(10), b -> logret(b.close(), 10)),
            single("skew(20)", () -> new Skew(20), b -> skew(b.close(), 20)),
            single("skew(3)", () -> new Skew(3), b -> skew(b.close(), 3)),
            single("kurt(20)", () -> new Kurt(20), b -> kurt(b.close(), 20)),
            single("kurt(4)", () -> new Kurt(4), b -> kurt(b.close(), 4)));
    }

    /** 100 * #{j in [i - n, i) : x[j] &lt; x[i]} / n. */
    static double[] percentRank(final double[] x, final int n)
    {
        final double[] out = nans(x.length);
        for (int i = n; i < x.length; i++)
        {
            int below = 0;
            for (int j = i - n; j < i; j++)
            {
                below += x[j] < x[i] ? 1 : 0;
            }
            out[i] = 100.0 * below / n;
        }
        return out;
    }

    /** x[i] / x[i - n] - 1, 0 when x[i - n] = 0. */
    static double[] ret(final double[] x, final int n)
    {
        final double[] out = nans(x.length);
        for (int i = n; i < x.length; i++)
        {
            out[i] = x[i - n] == 0.0 ? 0.0 : x[i] / x[i - n] - 1.0;
        }
        return out;
    }

    /** ln(x[i] / x[i - n]). */
    static double[] logret(final double[] x, final int n)
    {
        final double[] out = nans(x.length);
        for (int i = n; i < x.length; i++)
        {
            out[i] = Math.log(x[i] / x[i - n]);
        }
        return out;
    }

    /** G1 = n / ((n - 1)(n - 2)) * sum(((r - mean) / s)^3), s the sample stdev, over the last n log returns. */
    static double[] skew(final double[] close, final int n)
    {
        final double[] out = nans(close.length);
        for (int i = n; i < close.length; i++)
        {
            final double[] d = deviations(close, i, n);
            final double s = sampleStdDev(d);
            double sum = 0.0;
            for (final double value : d)
            {
                sum += Math.pow(value / s, 3);
            }
            out[i] = s == 0.0 ? 0.0 : n * sum / ((n - 1.0) * (n - 2.0));
        }
        return out;
    }

    /**
     * G2 = n(n + 1) / ((n - 1)(n - 2)(n - 3)) * sum(((r - mean) / s)^4) - 3(n - 1)^2 / ((n - 2)(n - 3)), s the sample
     * stdev, over the last n log returns.
     */
    static double[] kurt(final double[] close, final int n)
    {
        final double[] out = nans(close.length);
        for (int i = n; i < close.length; i++)
        {
            final double[] d = deviations(close, i, n);
            final double s = sampleStdDev(d);
            double sum = 0.0;
            for (final double value : d)
            {
                sum += Math.pow(value / s, 4);
            }
            out[i] = s == 0.0 ? 0.0 : n * (n + 1.0) * sum / ((n - 1.0) * (n - 2.0) * (n - 3.0)) -
                3.0 * (n - 1.0) * (n - 1.0) / ((n - 2.0) * (n - 3.0));
        }
        return out;
    }

    /** The n log returns ending at bar i minus their mean; all exactly 0 when the returns are all equal. */
    private static double[] deviations(final double[] close, final int i, final int n)
    {
        final double[] r = new double[n];
        boolean constant = true;
        double mean = 0.0;
        for (int t = 0; t < n; t++)
        {
            r[t] = Math.log(close[i - n + 1 + t] / close[i - n + t]);
            constant &= r[t] == r[0];
            mean += r[t];
        }
        mean /= n;
        for (int t = 0; t < n; t++)
        {
            r[t] = constant ? 0.0 : r[t] - mean;
        }
        return r;
    }

    private static double sampleStdDev(final double[] deviations)
    {
        double sum = 0.0;
        for (final double value : deviations)
        {
            sum += value * value;
        }
        return Math.sqrt(sum / (deviations.length - 1));
    }
}
