package io.ticksignal.engine.feature.microstructure;

/**
 * A value computed from the latest valid quote alone; shared by {@link Mid}, {@link Spread}, {@link RelSpread} and
 * {@link Microprice}, which differ only in the formula. Reads quotes only; warm after 1 valid quote (warm-up count 1);
 * NaN on trade-only data. Invalid or crossed quotes are rejected and counted. O(1), allocation-free,
 * single-threaded.
 */
abstract class QuoteValue extends SingleOutputMarketFeature
{
    private double value = Double.NaN;

    @Override
    public void onQuote(
        final long timeNs, final double bidPrice, final double bidSize, final double askPrice, final double askSize)
    {
        if (!EventChecks.isValidQuote(bidPrice, bidSize, askPrice, askSize))
        {
            reject();
            return;
        }
        value = ofQuote(bidPrice, bidSize, askPrice, askSize);
    }

    @Override
    public double value(final int output)
    {
        return value;
    }

    @Override
    public boolean isWarm()
    {
        return !Double.isNaN(value);
    }

    @Override
    public int warmUpCount()
    {
        return 1;
    }

    @Override
    void clear()
    {
        value = Double.NaN;
    }

    /**
     * @param bidPrice best bid price.
     * @param bidSize  quantity at the best bid.
     * @param askPrice best ask price, above the bid.
     * @param askSize  quantity at the best ask.
     * @return the feature's value for a valid quote.
     */
    abstract double ofQuote(double bidPrice, double bidSize, double askPrice, double askSize);
}
