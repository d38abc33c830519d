package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;

/**
 * {@code t3(n, v)}: Tillson T3, six chained EMAs (each SMA-seeded, {@code e = k * x + (1 - k) * e},
 * k = 2/(n+1)) combined as c1*e6 + c2*e5 + c3*e4 + c4*e3 with volume factor v (default 0.7), as TA-Lib
 * T3; warm after 6(n-1) + 1 bars.
 */
public final class T3 extends SingleOutputIndicator
{
    private static final int LEVELS = 6;

    private final int period;
    private final double smoothing;
    private final double c1;
    private final double c2;
    private final double c3;
    private final double c4;
    private final double[] levelValue = new double[LEVELS];
    private final double[] levelSeedSum = new double[LEVELS];
    private final int[] levelCount = new int[LEVELS];

    /**
     * T3 with TA-Lib's default volume factor 0.7.
     *
     * @param period EMA period in bars, at least 2.
     */
    public T3(final int period)
    {
        this(period, 0.7);
    }

    /**
     * @param period       EMA period in bars, at least 2.
     * @param volumeFactor volume factor v in [0, 1].
     */
    public T3(final int period, final double volumeFactor)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 2);
        if (!(volumeFactor >= 0.0 && volumeFactor <= 1.0))
        {
            throw new IllegalArgumentException("volumeFactor must be in [0, 1] but was " + volumeFactor);
        }
        this.smoothing = 2.0 / (period + 1.0);
        final double square = volumeFactor * volumeFactor;
        this.c1 = -(square * volumeFactor);
        this.c2 = 3.0 * (square - c1);
        this.c3 = -6.0 * square - 3.0 * (volumeFactor - c1);
        this.c4 = 1.0 + 3.0 * volumeFactor - c1 + 3.0 * square;
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!Double.isFinite(close))
        {
            reject();
            return;
        }
        double input = close;
        for (int level = 0; level < LEVELS; level++)
        {
            if (levelCount[level] < period)
            {
                levelSeedSum[level] += input;
                if (++levelCount[level] < period)
                {
                    return;
                }
                levelValue[level] = levelSeedSum[level] / period;
            }
            else
            {
                levelValue[level] = (smoothing * input) + ((1.0 - smoothing) * levelValue[level]);
            }
            input = levelValue[level];
        }
    }

    @Override
    public double value(final int output)
    {
        if (!isWarm())
        {
            return Double.NaN;
        }
        return c1 * levelValue[5] + c2 * levelValue[4] + c3 * levelValue[3] + c4 * levelValue[2];
    }

    @Override
    public boolean isWarm()
    {
        return levelCount[LEVELS - 1] >= period;
    }

    @Override
    public int warmUpCount()
    {
        return LEVELS * (period - 1) + 1;
    }

    @Override
    void clear()
    {
        for (int level = 0; level < LEVELS; level++)
        {
            levelValue[level] = 0.0;
            levelSeedSum[level] = 0.0;
            levelCount[level] = 0;
        }
    }
}
