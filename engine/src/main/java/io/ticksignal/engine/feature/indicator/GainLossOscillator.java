package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;

/**
 * Wilder-smoothed, mean-seeded average gain and loss of the close ({@link WilderGainLoss}), shared by {@link Rsi}
 * and {@link Cmo}, which differ only in the oscillator read from them. Warm after n + 1 bars. Single-threaded;
 * allocates only in its constructor.
 */
abstract class GainLossOscillator extends SingleOutputIndicator
{
    final WilderGainLoss averages;
    private final int period;

    /**
     * @param period smoothing period in bars, at least 2.
     */
    GainLossOscillator(final int period)
    {
        this.period = ArgumentChecks.requireAtLeast("period", period, 2);
        this.averages = new WilderGainLoss(period);
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
        averages.push(close);
    }

    @Override
    public boolean isWarm()
    {
        return averages.isReady();
    }

    @Override
    public int warmUpCount()
    {
        return period + 1;
    }

    @Override
    void clear()
    {
        averages.reset();
    }
}
