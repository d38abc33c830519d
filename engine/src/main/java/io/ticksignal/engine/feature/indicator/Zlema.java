package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;
import io.ticksignal.engine.feature.window.DoubleRing;

/**
 * {@code zlema(n)}: zero-lag EMA, an SMA-seeded EMA(n) of {@code 2 * close - close[lag]} with
 * lag = floor((n - 1) / 2); not in TA-Lib. Warm after lag + n bars.
 */
public final class Zlema extends SingleOutputIndicator
{
    private final int period;
    private final int lag;
    private final DoubleRing closes;
    private final SeededEma ema;

    /**
     * @param period EMA period in bars, at least 2.
     */
    public Zlema(final int period)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 2);
        this.lag = (period - 1) / 2;
        this.closes = new DoubleRing(lag + 1);
        this.ema = new SeededEma(period);
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
        closes.push(close);
        if (closes.isFull())
        {
            ema.push(2.0 * close - closes.get(lag));
        }
    }

    @Override
    public double value(final int output)
    {
        return ema.value();
    }

    @Override
    public boolean isWarm()
    {
        return ema.isReady();
    }

    @Override
    public int warmUpCount()
    {
        return lag + period;
    }

    @Override
    void clear()
    {
        closes.reset();
        ema.reset();
    }
}
