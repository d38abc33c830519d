package io.ticksignal.engine.feature.bar;

/**
 * Receives closed bars as primitives, one call per bar, on the thread that feeds the builder.
 * Implementations should not allocate or block: they run on the hot path.
 */
@FunctionalInterface
public interface BarListener
{
    /**
     * A bar has closed.
     *
     * @param instrumentIndex dense index of the instrument, as given to the builder.
     * @param startNs         bar start, nanoseconds since the epoch, UTC (a multiple of intervalNs for
     *                        built bars; the input's own time for passed-through bars).
     * @param intervalNs      bar length in nanoseconds (its timeframe).
     * @param open            first price of the bar (by arrival).
     * @param high            highest price.
     * @param low             lowest price.
     * @param close           last price of the bar (by arrival).
     * @param volume          summed size; 0 for mid-price (quote) bars.
     * @param vwap            volume-weighted average price; NaN when volume is 0 or not known.
     * @param eventCount      events (trades or quotes) in the bar; 0 when not known (passed-through bars).
     * @param firstEventNs    earliest event time in the bar, nanoseconds since the epoch.
     * @param lastEventNs     latest event time in the bar, nanoseconds since the epoch.
     */
    void onBar(
        int instrumentIndex,
        long startNs,
        long intervalNs,
        double open,
        double high,
        double low,
        double close,
        double volume,
        double vwap,
        long eventCount,
        long firstEventNs,
        long lastEventNs);
}
