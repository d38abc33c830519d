package io.ticksignal.engine.feature.indicator;

import java.util.SplittableRandom;

/**
 * Seeded, realistic synthetic 1-minute bars: a geometric random walk of the close with valid OHLCV
 * (low &lt;= open, close &lt;= high), plus the rare cases real feeds produce: bars where the close
 * repeats, flat bars with zero volume, and two flat stretches (40 and 400 bars) long enough to drive
 * Wilder-smoothed sums below TA-Lib's 1e-8 "zero".
 */
final class SyntheticBars
{
    static final long SEED = 20130102L;
    static final int COUNT = 5_000;

    private static final BarSeries BARS = randomWalk(SEED, COUNT);

    private SyntheticBars()
    {
    }

    static BarSeries bars()
    {
        return BARS;
    }

    static BarSeries randomWalk(final long seed, final int count)
    {
        final SplittableRandom random = new SplittableRandom(seed);
        final long[] timeNs = new long[count];
        final double[] open = new double[count];
        final double[] high = new double[count];
        final double[] low = new double[count];
        final double[] close = new double[count];
        final double[] volume = new double[count];
        double previousClose = 100.0;
        for (int i = 0; i < count; i++)
        {
            timeNs[i] = 1_385_337_600_000_000_000L + i * 60_000_000_000L;
            final double kind = random.nextDouble();
            if (isFlatStretch(i) || kind < 0.02)
            {
                open[i] = previousClose;
                high[i] = previousClose;
                low[i] = previousClose;
                close[i] = previousClose;
                volume[i] = 0.0;
                continue;
            }
            open[i] = round(previousClose * (1.0 + 0.002 * gaussian(random)));
            close[i] = kind < 0.05 ? previousClose : round(open[i] * Math.exp(0.01 * gaussian(random)));
            high[i] = round(Math.max(open[i], close[i]) * (1.0 + 0.004 * Math.abs(gaussian(random))));
            low[i] = round(Math.min(open[i], close[i]) * (1.0 - 0.004 * Math.abs(gaussian(random))));
            volume[i] = Math.floor(1_000.0 * Math.exp(gaussian(random)));
            previousClose = close[i];
        }
        return new BarSeries(timeNs, open, high, low, close, volume);
    }

    private static boolean isFlatStretch(final int bar)
    {
        return (bar >= 2_000 && bar < 2_040) || (bar >= 4_000 && bar < 4_400);
    }

    private static double round(final double price)
    {
        return Math.round(price * 100.0) / 100.0;
    }

    private static double gaussian(final SplittableRandom random)
    {
        final double u1 = random.nextDouble(Double.MIN_NORMAL, 1.0);
        final double u2 = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }
}
