package io.ticksignal.engine.feature.indicator;

/**
 * {@code dema(n)}: double exponential moving average {@code 2 * ema1 - ema2}, ema2 = EMA of ema1, each
 * SMA-seeded (TA-Lib DEMA); warm after 2n - 1 bars.
 */
public final class Dema extends EmaCascade
{
    /**
     * @param period EMA period in bars, at least 2.
     */
    public Dema(final int period)
    {
        super(period, 2);
    }

    @Override
    double combine()
    {
        return (2.0 * stage(0)) - stage(1);
    }
}
