package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;

/**
 * {@code trix(n)}: 1-bar rate of change in percent of a triple EMA, {@code (e3 / e3[1] - 1) * 100}, each EMA
 * SMA-seeded (TA-Lib TRIX). Warm after 3(n - 1) + 2 bars.
 */
public final class Trix extends SingleOutputIndicator
{
    private final int period;
    private final SeededEma first;
    private final SeededEma second;
    private final SeededEma third;
    private double previousTriple = Double.NaN;
    private double trix = Double.NaN;

    /**
     * @param period EMA period in bars, at least 1.
     */
    public Trix(final int period)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 1);
        this.first = new SeededEma(period);
        this.second = new SeededEma(period);
        this.third = new SeededEma(period);
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
        final double firstValue = first.push(close);
        if (!first.isReady())
        {
            return;
        }
        final double secondValue = second.push(firstValue);
        if (!second.isReady())
        {
            return;
        }
        final double triple = third.push(secondValue);
        if (!third.isReady())
        {
            return;
        }
        if (!Double.isNaN(previousTriple))
        {
            trix = previousTriple != 0.0 ? ((triple / previousTriple) - 1.0) * 100.0 : 0.0;
        }
        previousTriple = triple;
    }

    @Override
    public double value(final int output)
    {
        return trix;
    }

    @Override
    public boolean isWarm()
    {
        return !Double.isNaN(trix);
    }

    @Override
    public int warmUpCount()
    {
        return 3 * (period - 1) + 2;
    }

    @Override
    void clear()
    {
        first.reset();
        second.reset();
        third.reset();
        previousTriple = Double.NaN;
        trix = Double.NaN;
    }
}
