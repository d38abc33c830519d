package io.ticksignal.engine.feature.indicator;

import io.ticksignal.engine.feature.Feature;

/**
 * An incremental indicator over a stream of bars (a tick is a bar whose open, high, low and
 * close are the trade price and whose volume is the trade size).
 * <p>
 * The read side (outputs, values, warm-up, rejections, reset) is {@link Feature}'s.
 * Contract for every implementation:
 * <ul>
 *   <li>{@link #update} is O(1) and allocates nothing; single-threaded (one writer).</li>
 *   <li>{@link Feature#value(int)} is NaN until the indicator is warm; after {@link Feature#warmUpCount()}
 *       updates with finite input it is warm.</li>
 *   <li>{@link Feature#reset()} returns it to the state it had after construction.</li>
 *   <li>An update in which any field the indicator reads is NaN or infinite is ignored: state and
 *       values stay as they were, and {@link Feature#rejectedCount()} goes up by one. Fields the
 *       indicator does not read (e.g. volume for {@code sma}) may hold anything.</li>
 * </ul>
 */
public interface Indicator extends Feature
{
    /**
     * Push one input.
     *
     * @param timeNs event (or bar start) time in nanoseconds since the epoch, UTC.
     * @param open   open price.
     * @param high   high price.
     * @param low    low price.
     * @param close  close price.
     * @param volume traded volume.
     */
    void update(long timeNs, double open, double high, double low, double close, double volume);
}
