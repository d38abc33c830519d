package io.ticksignal.engine.feature.microstructure;

/**
 * The validity rules of {@link MarketFeature} for trades and quotes, shared by every feature. Allocation-free.
 */
final class EventChecks
{
    private EventChecks()
    {
    }

    /**
     * @param price a price.
     * @return true if finite and &gt; 0.
     */
    static boolean isValidPrice(final double price)
    {
        return price > 0.0 && price < Double.POSITIVE_INFINITY;
    }

    /**
     * @param size a quantity.
     * @return true if finite and &ge; 0.
     */
    static boolean isValidSize(final double size)
    {
        return size >= 0.0 && size < Double.POSITIVE_INFINITY;
    }

    /**
     * @param price trade price.
     * @param size  trade size.
     * @return true if the trade is usable.
     */
    static boolean isValidTrade(final double price, final double size)
    {
        return isValidPrice(price) && isValidSize(size);
    }

    /**
     * @param bidPrice best bid price.
     * @param bidSize  best bid size.
     * @param askPrice best ask price.
     * @param askSize  best ask size.
     * @return true if prices and sizes are valid and the quote is not crossed (locked is fine).
     */
    static boolean isValidQuote(
        final double bidPrice, final double bidSize, final double askPrice, final double askSize)
    {
        return isValidPrice(bidPrice) && isValidPrice(askPrice) && isValidSize(bidSize) && isValidSize(askSize) &&
            bidPrice <= askPrice;
    }
}
