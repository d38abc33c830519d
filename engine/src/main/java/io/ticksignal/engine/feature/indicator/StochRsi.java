package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.window.ArgumentChecks;

/**
 * {@code stochrsi(n,k,d)}: fast stochastic of {@code rsi(n)}: {@code k} = 100 * (rsi - min rsi(k)) / (max rsi(k) - min rsi(k))
 * (0 on a zero range), {@code d} = SMA(d) of k (TA-Lib STOCHRSI, SMA type). Warm after n + k + d - 1 bars.
 */
public final class StochRsi extends FastStochastic
{
    private final WilderGainLoss rsi;

    /**
     * STOCHRSI(14, 5, 3), TA-Lib's defaults.
     */
    public StochRsi()
    {
        this(14, 5, 3);
    }

    /**
     * @param rsiPeriod   RSI period, at least 2.
     * @param fastKPeriod min/max window over RSI values, at least 1.
     * @param fastDPeriod smoothing of %K into %D, at least 1.
     */
    public StochRsi(final int rsiPeriod, final int fastKPeriod, final int fastDPeriod)
    {
        super(ArgumentChecks.requireAtLeast("rsiPeriod", rsiPeriod, 2), fastKPeriod, fastDPeriod);
        this.rsi = new WilderGainLoss(rsiPeriod);
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
        rsi.push(close);
        if (!rsi.isReady())
        {
            return;
        }
        final double rsiValue = rsi.relativeStrengthIndex();
        push(rsiValue, rsiValue, rsiValue);
    }

    @Override
    void clear()
    {
        rsi.reset();
    }
}
