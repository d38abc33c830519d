package io.ticksignal.engine.feature.indicator;

/**
 * {@code tema(n)}: triple exponential moving average {@code 3 * ema1 - 3 * ema2 + ema3}, each EMA of
 * the previous, SMA-seeded (TA-Lib TEMA); warm after 3n - 2 bars.
 */
public final class Tema extends EmaCascade
{
    /**
     * @param period EMA period in bars, at least 2.
     */
    public Tema(final int period)
    {
        super(period, 3);
    }

    @Override
    double combine()
    {
        return stage(2) + ((3.0 * stage(0)) - (3.0 * stage(1)));
    }
}
