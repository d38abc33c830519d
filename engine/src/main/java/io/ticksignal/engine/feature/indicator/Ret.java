package io.ticksignal.engine.feature.indicator;

/**
 * {@code ret(n)}: simple return {@code close / close[n] - 1} as a fraction ({@code roc(n) / 100}); 0 when close[n] is
 * exactly 0, as {@code roc}. Warm after n + 1 bars.
 */
public final class Ret extends LaggedChange
{
    /**
     * @param period distance in bars, at least 1.
     */
    public Ret(final int period)
    {
        super(period);
    }

    @Override
    double change(final double close, final double pastClose)
    {
        return pastClose != 0.0 ? close / pastClose - 1.0 : 0.0;
    }
}
