package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;

/**
 * {@code ema(n)}: exponential moving average of the close, {@code ema += (close - ema) * 2 / (n + 1)},
 * seeded with the SMA of the first n closes (TA-Lib EMA, default compatibility); warm after n bars.
 */
public final class Ema extends SingleOutputIndicator
{
    private final int period;
    private final SeededEma ema;

    /**
     * @param period period in bars (smoothing 2 / (period + 1)), at least 2.
     */
    public Ema(final int period)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 2);
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
        ema.push(close);
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
        return period;
    }

    @Override
    void clear()
    {
        ema.reset();
    }
}
