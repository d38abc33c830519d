package io.ticksignal.engine.feature;

/**
 * The read side shared by every feature, whatever feeds it (bars, trades or quotes): its named
 * outputs, their current values, whether it is warm, and its counters.
 * <p>
 * Contract for every implementation:
 * <ul>
 *   <li>Reads are O(1) and allocate nothing; single-threaded (the thread that feeds the feature).</li>
 *   <li>{@link #value(int)} is NaN until the feature is warm; after {@link #warmUpCount()}
 *       inputs with finite values it is warm.</li>
 *   <li>{@link #reset()} returns it to the state it had after construction.</li>
 *   <li>An input in which any field the feature reads is NaN or infinite (or otherwise bad, as
 *       the feature documents) is ignored: state and values stay as they were, and
 *       {@link #rejectedCount()} goes up by one.</li>
 * </ul>
 */
public interface Feature
{
    /**
     * @return number of outputs, at least 1.
     */
    int outputCount();

    /**
     * @param output index in [0, outputCount()).
     * @return the output's name as used in feature expressions, e.g. {@code "signal"}; the first
     * output of a single-output feature is named {@code "value"}.
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
     * @return how many inputs it takes before the feature is warm (for indicators TA-Lib's
     * lookback + 1).
     */
    int warmUpCount();

    /**
     * @return how many inputs were ignored because a field the feature reads was bad, since
     * construction or the last {@link #reset()}.
     */
    long rejectedCount();

    /**
     * Forget all inputs (including the rejected count).
     */
    void reset();
}
