package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;

/**
 * {@code atr(n)}: average true range, Wilder smoothing {@code atr = (atr * (n - 1) + tr) / n} seeded with the mean of
 * the first n true ranges (TA-Lib ATR, unstable period 0). Warm after n + 1 bars.
 */
public final class Atr extends SingleOutputIndicator
{
    private final int period;
    private int count;
    private double previousClose;
    private double seedSum;
    private double atr = Double.NaN;

    /**
     * @param period smoothing period in bars, at least 1.
     */
    public Atr(final int period)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 1);
    }

    @Override
    public void update(
        final long timeNs, final double open, final double high, final double low, final double close,
        final double volume)
    {
        if (!Double.isFinite(high) || !Double.isFinite(low) || !Double.isFinite(close))
        {
            reject();
            return;
        }
        if (count == 0)
        {
            previousClose = close;
            count = 1;
            return;
        }
        final double trueRange = TrueRange.of(high, low, previousClose);
        previousClose = close;
        if (count > period)
        {
            atr = ((atr * (period - 1)) + trueRange) / period;
            return;
        }
        seedSum += trueRange;
        if (count == period)
        {
            atr = seedSum / period;
        }
        count++;
    }

    @Override
    public double value(final int output)
    {
        return atr;
    }

    @Override
    public boolean isWarm()
    {
        return !Double.isNaN(atr);
    }

    @Override
    public int warmUpCount()
    {
        return period + 1;
    }

    @Override
    void clear()
    {
        count = 0;
        previousClose = 0.0;
        seedSum = 0.0;
        atr = Double.NaN;
    }
}
