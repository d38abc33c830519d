package io.ticksignal.engine.feature.microstructure;

/**
 * {@code mid}: mid price of the latest quote, {@code (bid + ask) / 2}, in price units.
 * <p>
 * Reads quotes only; warm after 1 valid quote (warm-up count 1); NaN on trade-only data. Invalid or crossed quotes
 * are rejected and counted. O(1), allocation-free, single-threaded.
 */
public final class Mid extends QuoteValue
{
    /**
     * Create it, not warm.
     */
    public Mid()
    {
    }

    @Override
    double ofQuote(final double bidPrice, final double bidSize, final double askPrice, final double askSize)
    {
        return 0.5 * (bidPrice + askPrice);
    }
}
