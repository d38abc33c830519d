package io.ticksignal.engine.feature.indicator;

import static io.ticksignal.engine.feature.indicator.IndicatorCase.single;

import java.util.Arrays;
import java.util.List;

/**
 * Indicators TA-Lib lacks, each against a naive full-window recomputation of its documented formula.
 */
final class NaiveCases
{
    private NaiveCases()
    {
    }

    static List<IndicatorCase> cases()
    {
        return List.of(
            single("hma(9)", () -> new Hma(9), b -> hma(b.close(), 9)),
            single("hma(20)", () -> new Hma(20), b -> hma(b.close(), 20)),
            single("zlema(10)", () -> new Zlema(10), b -> zlema(b.close(), 10)),
            single("zlema(21)", () -> new Zlema(21), b -> zlema(b.close(), 21)),
            single("vwma(20)", () -> new Vwma(20), b -> vwma(b.close(), b.volume(), 20)),
            single("vwma(3)", () -> new Vwma(3), b -> vwma(b.close(), b.volume(), 3)));
    }

    /** wma(x, m)[i] = sum over j < m of (m - j) * x[i - j], divided by m(m+1)/2. */
    static double[] wma(final double[] x, final int m)
    {
        final double[] out = nans(x.length);
        for (int i = m - 1; i < x.length; i++)
        {
            if (Double.isNaN(x[i - m + 1]))
            {
                continue;
            }
            double sum = 0.0;
            for (int j = 0; j < m; j++)
            {
                sum += (m - j) * x[i - j];
            }
            out[i] = sum / (m * (m + 1) / 2.0);
        }
        return out;
    }

    /** hma(n) = wma(2 * wma(x, n / 2) - wma(x, n), floor(sqrt(n))). */
    static double[] hma(final double[] x, final int n)
    {
        final double[] half = wma(x, n / 2);
        final double[] full = wma(x, n);
        final double[] difference = new double[x.length];
        for (int i = 0; i < x.length; i++)
        {
            difference[i] = 2.0 * half[i] - full[i];
        }
        return wma(difference, (int)Math.floor(Math.sqrt(n)));
    }

    /** zlema(n) = SMA-seeded EMA(n) of 2 * x[i] - x[i - lag], lag = (n - 1) / 2. */
    static double[] zlema(final double[] x, final int n)
    {
        final int lag = (n - 1) / 2;
        final double[] out = nans(x.length);
        final int seedEnd = lag + n - 1;
        if (seedEnd >= x.length)
        {
            return out;
        }
        double ema = 0.0;
        for (int i = lag; i <= seedEnd; i++)
        {
            ema += 2.0 * x[i] - x[i - lag];
        }
        ema /= n;
        out[seedEnd] = ema;
        for (int i = seedEnd + 1; i < x.length; i++)
        {
            ema += (2.0 * x[i] - x[i - lag] - ema) * (2.0 / (n + 1));
            out[i] = ema;
        }
        return out;
    }

    /** vwma(n) = sum(close * volume) / sum(volume) over n bars, the SMA of close if all volumes are 0. */
    static double[] vwma(final double[] close, final double[] volume, final int n)
    {
        final double[] out = nans(close.length);
        for (int i = n - 1; i < close.length; i++)
        {
            double notional = 0.0;
            double volumeSum = 0.0;
            double closeSum = 0.0;
            for (int j = i - n + 1; j <= i; j++)
            {
                notional += close[j] * volume[j];
                volumeSum += volume[j];
                closeSum += close[j];
            }
            out[i] = volumeSum != 0.0 ? notional / volumeSum : closeSum / n;
        }
        return out;
    }

    private static double[] nans(final int length)
    {
        final double[] out = new double[length];
        Arrays.fill(out, Double.NaN);
        return out;
    }
}
