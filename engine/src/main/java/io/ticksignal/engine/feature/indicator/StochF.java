package io.ticksignal.engine.feature.indicator;

/**
 * {@code stochf(k,d)}: fast stochastic. {@code k} = 100 * (close - lowest low(k)) / (highest high(k) - lowest low(k))
 * (0 on a zero range), {@code d} = SMA(d) of k (TA-Lib STOCHF, SMA type). Warm after k + d - 1 bars.
 */
public final class StochF extends FastStochastic
{
    /**
     * STOCHF(5, 3), TA-Lib's defaults.
     */
    public StochF()
    {
        this(5, 3);
    }

    /**
     * @param fastKPeriod high/low window in bars, at least 1.
     * @param fastDPeriod smoothing of %K into %D, at least 1.
     */
    public StochF(final int fastKPeriod, final int fastDPeriod)
    {
        super(0, fastKPeriod, fastDPeriod);
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
        push(high, low, close);
    }
}
