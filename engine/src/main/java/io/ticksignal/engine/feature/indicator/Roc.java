package io.ticksignal.engine.feature.indicator;

/**
 * {@code roc(n)}: rate of change in percent {@code (close / close[n] - 1) * 100}, 0 when close[n] is exactly zero
 * (TA-Lib ROC). Warm after n + 1 bars.
 */
public final class Roc extends LaggedChange
{
    /**
     * @param period distance in bars, at least 1.
     */
    public Roc(final int period)
    {
        super(period);
    }

    @Override
    double change(final double close, final double pastClose)
    {
        return pastClose != 0.0 ? ((close / pastClose) - 1.0) * 100.0 : 0.0;
    }
}
