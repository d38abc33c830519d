package io.ticksignal.engine.feature.indicator;

import static io.ticksignal.engine.feature.indicator.IndicatorCase.single;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;

/**
 * Band and volume indicators TA-Lib lacks (keltner, donchian, cmf, vwap, vwap(n), volume_ratio, volume_zscore), each
 * against a naive recomputation of its documented formula: every window summed afresh, recursive averages run from
 * the first bar.
 */
final class NaiveBandVolumeCases
{
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;

    private NaiveBandVolumeCases()
    {
    }

    static List<IndicatorCase> cases()
    {
        return List.of(
            new IndicatorCase("keltner(20,2)", () -> new Keltner(20, 2.0), b -> keltner(b, 20, 2.0)),
            new IndicatorCase("keltner(5,1.5)", () -> new Keltner(5, 1.5), b -> keltner(b, 5, 1.5)),
            new IndicatorCase("donchian(20)", () -> new Donchian(20), b -> donchian(b, 20)),
            new IndicatorCase("donchian(3)", () -> new Donchian(3), b -> donchian(b, 3)),
            single("cmf(20)", () -> new Cmf(20), b -> cmf(b, 20)),
            single("cmf(3)", () -> new Cmf(3), b -> cmf(b, 3)),
            single("vwap", Vwap::new, NaiveBandVolumeCases::sessionVwap),
            single("vwap(20)", () -> new RollingVwap(20), b -> rollingVwap(b, 20)),
            single("vwap(1)", () -> new RollingVwap(1), b -> rollingVwap(b, 1)),
            single("volume_ratio(20)", () -> new VolumeRatio(20), b -> volumeRatio(b.volume(), 20)),
            single("volume_ratio(2)", () -> new VolumeRatio(2), b -> volumeRatio(b.volume(), 2)),
            single("volume_zscore(20)", () -> new VolumeZScore(20), b -> exactZScore(b.volume(), 20)),
            single("volume_zscore(5)", () -> new VolumeZScore(5), b -> exactZScore(b.volume(), 5)));
    }

    /** middle = SMA-seeded EMA(n) of close; upper/lower = middle +/- k * Wilder ATR(n) seeded with mean(tr[1..n]). */
    static double[][] keltner(final BarSeries b, final int n, final double k)
    {
        final int size = b.size();
        final double[] close = b.close();
        final double[] ema = nans(size);
        double seed = 0.0;
        for (int i = 0; i < n; i++)
        {
            seed += close[i];
        }
        ema[n - 1] = seed / n;
        for (int i = n; i < size; i++)
        {
            ema[i] = ema[i - 1] + (close[i] - ema[i - 1]) * (2.0 / (n + 1));
        }
        final double[] atr = nans(size);
        double trSum = 0.0;
        for (int i = 1; i < size; i++)
        {
            final double tr = Math.max(b.high()[i] - b.low()[i],
                Math.max(Math.abs(b.high()[i] - close[i - 1]), Math.abs(b.low()[i] - close[i - 1])));
            if (i < n)
            {
                trSum += tr;
            }
            else if (i == n)
            {
                atr[i] = (trSum + tr) / n;
            }
            else
            {
                atr[i] = (atr[i - 1] * (n - 1) + tr) / n;
            }
        }
        final double[][] out = {nans(size), nans(size), nans(size)};
        for (int i = n; i < size; i++)
        {
            out[0][i] = ema[i] - k * atr[i];
            out[1][i] = ema[i];
            out[2][i] = ema[i] + k * atr[i];
        }
        return out;
    }

    /** lower = min(low over n bars), upper = max(high over n bars), middle = their mean. */
    static double[][] donchian(final BarSeries b, final int n)
    {
        final int size = b.size();
        final double[][] out = {nans(size), nans(size), nans(size)};
        for (int i = n - 1; i < size; i++)
        {
            double lowest = Double.POSITIVE_INFINITY;
            double highest = Double.NEGATIVE_INFINITY;
            for (int j = i - n + 1; j <= i; j++)
            {
                lowest = Math.min(lowest, b.low()[j]);
                highest = Math.max(highest, b.high()[j]);
            }
            out[0][i] = lowest;
            out[1][i] = (lowest + highest) / 2.0;
            out[2][i] = highest;
        }
        return out;
    }

    /** cmf = sum(mfm * v) / sum(v), mfm = (2c - l - h) / (h - l), 0 when h = l; 0 when sum(v) = 0. */
    static double[] cmf(final BarSeries b, final int n)
    {
        final double[] out = nans(b.size());
        for (int i = n - 1; i < b.size(); i++)
        {
            double flow = 0.0;
            double volume = 0.0;
            for (int j = i - n + 1; j <= i; j++)
            {
                final double range = b.high()[j] - b.low()[j];
                final double multiplier = range > 0.0 ? (2.0 * b.close()[j] - b.low()[j] - b.high()[j]) / range : 0.0;
                flow += multiplier * b.volume()[j];
                volume += b.volume()[j];
            }
            out[i] = volume != 0.0 ? flow / volume : 0.0;
        }
        return out;
    }

    /** For each bar, sum(tp * v) / sum(v) over the bars of its UTC day so far, tp = (h + l + c) / 3; mean tp if no volume. */
    static double[] sessionVwap(final BarSeries b)
    {
        final double[] out = nans(b.size());
        for (int i = 0; i < b.size(); i++)
        {
            final long day = Math.floorDiv(b.timeNs()[i], NANOS_PER_DAY);
            double notional = 0.0;
            double volume = 0.0;
            double typicalSum = 0.0;
            int count = 0;
            for (int j = i; j >= 0 && Math.floorDiv(b.timeNs()[j], NANOS_PER_DAY) == day; j--)
            {
                final double typical = typicalPrice(b, j);
                notional += typical * b.volume()[j];
                volume += b.volume()[j];
                typicalSum += typical;
                count++;
            }
            out[i] = volume != 0.0 ? notional / volume : typicalSum / count;
        }
        return out;
    }

    /** sum(tp * v) / sum(v) over the last n bars; mean tp when the window has no volume. */
    static double[] rollingVwap(final BarSeries b, final int n)
    {
        final double[] out = nans(b.size());
        for (int i = n - 1; i < b.size(); i++)
        {
            double notional = 0.0;
            double volume = 0.0;
            double typicalSum = 0.0;
            for (int j = i - n + 1; j <= i; j++)
            {
                final double typical = typicalPrice(b, j);
                notional += typical * b.volume()[j];
                volume += b.volume()[j];
                typicalSum += typical;
            }
            out[i] = volume != 0.0 ? notional / volume : typicalSum / n;
        }
        return out;
    }

    /** v[i] / mean(v[i - n .. i - 1]), NaN when those are all 0. */
    static double[] volumeRatio(final double[] volume, final int n)
    {
        final double[] out = nans(volume.length);
        for (int i = n; i < volume.length; i++)
        {
            double sum = 0.0;
            for (int j = i - n; j < i; j++)
            {
                sum += volume[j];
            }
            out[i] = sum != 0.0 ? volume[i] / (sum / n) : Double.NaN;
        }
        return out;
    }

    /**
     * (x[i] - mean) / population stdev over x[i - n + 1 .. i], two-pass in 34-digit decimals; 0 for a constant window.
     */
    static double[] exactZScore(final double[] x, final int n)
    {
        final BigDecimal[][] meanVariance = ExactReference.meanAndVariance(x, n);
        final double[] out = nans(x.length);
        for (int i = n - 1; i < x.length; i++)
        {
            final BigDecimal variance = meanVariance[1][i];
            out[i] = variance.signum() == 0 ? 0.0 : new BigDecimal(x[i]).subtract(meanVariance[0][i])
                .divide(variance.sqrt(MathContext.DECIMAL128), MathContext.DECIMAL128).doubleValue();
        }
        return out;
    }

    private static double typicalPrice(final BarSeries b, final int bar)
    {
        return (b.high()[bar] + b.low()[bar] + b.close()[bar]) / 3.0;
    }

    static double[] nans(final int length)
    {
        final double[] out = new double[length];
        Arrays.fill(out, Double.NaN);
        return out;
    }
}
