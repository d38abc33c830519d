package io.ticksignal.engine.feature.indicator;

/**
 * An incremental indicator over a stream of bars (a tick is a bar whose open, high, low and
 * close are the trade price and whose volume is the trade size).
 * <p>
 * Contract for every implementation:
 * <ul>
 *   <li>{@link #update} is O(1) and allocates nothing; single-threaded (one writer).</li>
 *   <li>{@link #value(int)} is NaN until the indicator is warm; after {@link #warmUpCount()}
 *       updates with finite input it is warm.</li>
 *   <li>{@link #reset()} returns it to the state it had after construction.</li>
 *   <li>An update in which any field the indicator reads is NaN or infinite is ignored: state and
 *       values stay as they were, and {@link #rejectedCount()} goes up by one. Fields the
 *       indicator does not read (e.g. volume for {@code sma}) may hold anything.</li>
 * </ul>
 */
public interface Indicator
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

    /**
     * @return number of outputs, at least 1.
     */
    int outputCount();

    /**
     * @param output index in [0, outputCount()).
     * @return the output's name as used in feature expressions, e.g. {@code "signal"}; the first
     * output of a single-output indicator is named {@code "value"}.
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
     * @return how many updates it takes before the indicator is warm (TA-Lib's lookback + 1).
     */
    int warmUpCount();

    /**
     * @return how many updates were ignored because a field the indicator reads was NaN or
     * infinite, since construction or the last {@link #reset()}.
     */
    long rejectedCount();

    /**
     * Forget all inputs (including the rejected count).
     */
    void reset();
}
