package io.ticksignal.engine.feature.indicator;

/**
 * {@code mom(n)}: momentum {@code close - close[n]} (TA-Lib MOM). Warm after n + 1 bars.
 */
public final class Mom extends LaggedChange
{
    /**
     * @param period distance in bars, at least 1.
     */
    public Mom(final int period)
    {
        super(period);
    }

    @Override
    double change(final double close, final double pastClose)
    {
        return close - pastClose;
    }
}
