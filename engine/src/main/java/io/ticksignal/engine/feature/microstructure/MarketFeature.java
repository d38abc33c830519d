package io.ticksignal.engine.feature.microstructure;

import io.ticksignal.codecs.sbe.AggressorSide;

/**
 * An incremental microstructure feature driven by market events of one instrument, in event order.
 * <p>
 * Contract for every implementation:
 * <ul>
 *   <li>Each {@code on*} call is O(1) (O(levels) for depth, at most {@link OrderBook#MAX_DEPTH}) and allocates
 *       nothing; single-threaded (one writer).</li>
 *   <li>A feature reads only the events its formula needs and ignores the others without validating them
 *       (the default methods do nothing).</li>
 *   <li>An event it reads that is bad is ignored (state and value unchanged) and counted in
 *       {@link #rejectedCount()}: a trade with a NaN/infinite or non-positive price or a NaN/infinite or
 *       negative size; a quote with such a price or size, or crossed (bid price above ask price; a locked quote,
 *       bid equal to ask, is accepted); for time-based features, a trade earlier than the previous one.
 *       NaN input therefore never poisons the state.</li>
 *   <li>{@link #value(int)} is NaN until the feature is warm; {@link #isWarm()} is true exactly when every
 *       output is a number. Quote-needing features stay NaN on trade-only data.</li>
 *   <li>{@link #reset()} returns it to the state it had after construction.</li>
 * </ul>
 * The read side has exactly the methods of {@code io.ticksignal.engine.feature.indicator.Indicator}, so both can
 * later share one interface. {@link MarketFeatureSet} drives a group of features and their {@link OrderBook}.
 */
public interface MarketFeature
{
    /**
     * One trade.
     *
     * @param timeNs    exchange time in nanoseconds since the epoch, UTC.
     * @param price     trade price, finite and &gt; 0.
     * @param size      traded quantity in base units, finite and &ge; 0.
     * @param aggressor the {@link AggressorSide} value (BUY 0, SELL 1); UNKNOWN (2), or any other value, when the
     *                  feed does not say.
     */
    default void onTrade(final long timeNs, final double price, final double size, final int aggressor)
    {
    }

    /**
     * A new top of book.
     *
     * @param timeNs   exchange time in nanoseconds since the epoch, UTC.
     * @param bidPrice best bid price, finite and &gt; 0.
     * @param bidSize  quantity at the best bid, finite and &ge; 0.
     * @param askPrice best ask price, finite, &gt; 0 and &ge; bidPrice.
     * @param askSize  quantity at the best ask, finite and &ge; 0.
     */
    default void onQuote(
        final long timeNs, final double bidPrice, final double bidSize, final double askPrice, final double askSize)
    {
    }

    /**
     * The instrument's book changed (a book update, or a quote applied as level 0); read it during the call only.
     *
     * @param timeNs exchange time in nanoseconds since the epoch, UTC.
     * @param book   the instrument's book after the change; already validated.
     */
    default void onBook(final long timeNs, final OrderBook book)
    {
    }

    /**
     * @return number of outputs, at least 1.
     */
    int outputCount();

    /**
     * @param output index in [0, outputCount()).
     * @return the output's name as used in feature expressions; a single output is named {@code "value"}.
     */
    String outputName(int output);

    /**
     * @param output index in [0, outputCount()).
     * @return the current value, NaN while not warm.
     */
    double value(int output);

    /**
     * @return the first output's current value, NaN while not warm.
     */
    default double value()
    {
        return value(0);
    }

    /**
     * @return true once every output has a value.
     */
    boolean isWarm();

    /**
     * @return how many events the feature reads before it is warm, in the best case (each feature's Javadoc
     * says what counts and when it can take longer).
     */
    int warmUpCount();

    /**
     * @return how many events were ignored as bad since construction or the last {@link #reset()}.
     */
    long rejectedCount();

    /**
     * Forget all events (including the rejected count).
     */
    void reset();
}
