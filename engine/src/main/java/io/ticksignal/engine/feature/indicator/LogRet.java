package io.ticksignal.engine.feature.indicator;

/**
 * {@code logret(n)}: log return {@code ln(close / close[n])}. Prices must be positive: a close that is not finite and
 * &gt; 0 is rejected and counted. Warm after n + 1 bars.
 */
public final class LogRet extends LaggedChange
{
    /**
     * @param period distance in bars, at least 1.
     */
    public LogRet(final int period)
    {
        super(period);
    }

    @Override
    boolean accepts(final double close)
    {
        return isPositivePrice(close);
    }

    @Override
    double change(final double close, final double pastClose)
    {
        return Math.log(close / pastClose);
    }

    /**
     * @param price a price.
     * @return true if it is finite and strictly positive, so that its logarithm is finite.
     */
    static boolean isPositivePrice(final double price)
    {
        return price > 0.0 && price < Double.POSITIVE_INFINITY;
    }
}
