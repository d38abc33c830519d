package io.ticksignal.engine.feature.microstructure;

/**
 * {@code microprice}: size-weighted mid of the latest quote,
 * {@code (bid * askSize + ask * bidSize) / (bidSize + askSize)}, in price units; the plain mid when both sizes
 * are 0.
 * <p>
 * Reads quotes only; warm after 1 valid quote (warm-up count 1); NaN on trade-only data. Invalid or crossed quotes
 * are rejected and counted. O(1), allocation-free, single-threaded.
 */
public final class Microprice extends QuoteValue
{
    /**
     * Create it, not warm.
     */
    public Microprice()
    {
    }

    @Override
    double ofQuote(final double bidPrice, final double bidSize, final double askPrice, final double askSize)
    {
        final double totalSize = bidSize + askSize;
        return totalSize > 0.0 ?
            (bidPrice * askSize + askPrice * bidSize) / totalSize : 0.5 * (bidPrice + askPrice);
    }
}
