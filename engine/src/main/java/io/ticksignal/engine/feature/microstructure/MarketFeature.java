package io.ticksignal.engine.feature.microstructure;

import io.ticksignal.codecs.sbe.AggressorSide;
import io.ticksignal.engine.feature.EventFeature;

/**
 * An incremental microstructure feature driven by market events of one instrument, in event order: an
 * {@link EventFeature} (trades and top-of-book quotes, with the read side of
 * {@link io.ticksignal.engine.feature.Feature}) that may also read the instrument's {@link OrderBook}.
 * <p>
 * Contract for every implementation, on top of {@link io.ticksignal.engine.feature.Feature}'s:
 * <ul>
 *   <li>Each {@code on*} call is O(1) (O(levels) for depth, at most {@link OrderBook#MAX_DEPTH}) and allocates
 *       nothing; single-threaded (one writer).</li>
 *   <li>A feature reads only the events its formula needs and ignores the others without validating them
 *       (the default methods do nothing).</li>
 *   <li>{@code onTrade}'s aggressor is the {@link AggressorSide} value (BUY 0, SELL 1); UNKNOWN (2), or any other
 *       value, when the feed does not say. Prices must be finite and &gt; 0, sizes finite and &ge; 0; a quote's
 *       ask must not be below its bid.</li>
 *   <li>An event it reads that is bad is ignored (state and value unchanged) and counted in
 *       {@link #rejectedCount()}: a trade with a NaN/infinite or non-positive price or a NaN/infinite or
 *       negative size; a quote with such a price or size, or crossed (bid price above ask price; a locked quote,
 *       bid equal to ask, is accepted); for time-based features, a trade earlier than the previous one.
 *       NaN input therefore never poisons the state.</li>
 *   <li>{@link #value(int)} is NaN until the feature is warm; {@link #isWarm()} is true exactly when every
 *       output is a number. Quote-needing features stay NaN on trade-only data.</li>
 *   <li>{@link #warmUpCount()} is the number of events the feature reads before it is warm in the best case;
 *       each feature's Javadoc says what counts (e.g. buckets for {@code vpin}) and when it can take longer.</li>
 *   <li>{@link #reset()} returns it to the state it had after construction.</li>
 * </ul>
 * {@link MarketFeatureSet} drives a group of features and their {@link OrderBook}.
 */
public interface MarketFeature extends EventFeature
{
    /**
     * The instrument's book changed (a book update, or a quote applied as level 0); read it during the call only.
     *
     * @param timeNs exchange time in nanoseconds since the epoch, UTC.
     * @param book   the instrument's book after the change; already validated.
     */
    default void onBook(final long timeNs, final OrderBook book)
    {
    }
}
