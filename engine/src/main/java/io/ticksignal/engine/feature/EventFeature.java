package io.ticksignal.engine.feature;

/**
 * A feature fed market events one by one (trades, top-of-book quotes) rather than bars, e.g. the
 * microstructure features. Each call is O(1) and allocates nothing; single-threaded. A feature
 * ignores the events it does not read (the default methods do nothing).
 */
public interface EventFeature extends Feature
{
    /** The aggressor code for a trade whose side the feed does not say. */
    int AGGRESSOR_UNKNOWN = 2;

    /**
     * One trade.
     *
     * @param timeNs    event time in nanoseconds since the epoch, UTC.
     * @param price     trade price.
     * @param size      traded quantity.
     * @param aggressor aggressor side code: BUY 0, SELL 1, {@link #AGGRESSOR_UNKNOWN} when not known.
     */
    default void onTrade(final long timeNs, final double price, final double size, final int aggressor)
    {
    }

    /**
     * A new top of book.
     *
     * @param timeNs   event time in nanoseconds since the epoch, UTC.
     * @param bidPrice best bid price.
     * @param bidSize  quantity at the best bid.
     * @param askPrice best ask price.
     * @param askSize  quantity at the best ask.
     */
    default void onQuote(
        final long timeNs, final double bidPrice, final double bidSize, final double askPrice, final double askSize)
    {
    }
}
