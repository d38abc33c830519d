package io.ticksignal.engine.feature.microstructure;

/**
 * {@code spread}: quoted spread of the latest quote, {@code ask - bid}, in price units (0 when locked).
 * <p>
 * Reads quotes only; warm after 1 valid quote (warm-up count 1); NaN on trade-only data. Invalid or crossed quotes
 * are rejected and counted. O(1), allocation-free, single-threaded.
 */
public final class Spread extends QuoteValue
{
    /**
     * Create it, not warm.
     */
    public Spread()
    {
    }

    @Override
    double ofQuote(final double bidPrice, final double bidSize, final double askPrice, final double askSize)
    {
        return askPrice - bidPrice;
    }
}
