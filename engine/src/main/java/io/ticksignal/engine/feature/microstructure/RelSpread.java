package io.ticksignal.engine.feature.microstructure;

/**
 * {@code rel_spread}: relative quoted spread of the latest quote in basis points of the mid,
 * {@code 10000 * (ask - bid) / ((bid + ask) / 2)}.
 * <p>
 * Reads quotes only; warm after 1 valid quote (warm-up count 1); NaN on trade-only data. Invalid or crossed quotes
 * are rejected and counted. O(1), allocation-free, single-threaded.
 */
public final class RelSpread extends QuoteValue
{
    private static final double BASIS_POINTS = 10_000.0;

    /**
     * Create it, not warm.
     */
    public RelSpread()
    {
    }

    @Override
    double ofQuote(final double bidPrice, final double bidSize, final double askPrice, final double askSize)
    {
        return BASIS_POINTS * (askPrice - bidPrice) / (0.5 * (bidPrice + askPrice));
    }
}
