/**
 * Time bars built from events by event time, and pass-through of inputs that already are bars.
 * <p>
 * <b>Boundaries.</b> A bar of interval {@code intervalNs} (from {@link io.ticksignal.config.Timeframe})
 * starts at {@code floor(timeNs / intervalNs) * intervalNs}, in nanoseconds since the epoch, UTC, so
 * 1m bars start on whole minutes and 1d bars at 00:00 UTC. An event exactly on an edge belongs to
 * the bar that starts there. Wall-clock time is never read.
 * <p>
 * <b>Closing.</b> A bar closes when the first event of a later interval arrives, when
 * {@link io.ticksignal.engine.feature.bar.TimeBarBuilder#advanceTo(long)} is told that event time has
 * reached its end, or on end of input ({@link io.ticksignal.engine.feature.bar.TimeBarBuilder#flush()}).
 * The closed bar is handed to a {@link io.ticksignal.engine.feature.bar.BarListener} as primitives;
 * no object is made per bar or per event.
 * <p>
 * <b>Gaps.</b> An interval in which no event arrives makes no bar: there are no empty or
 * forward-filled bars, so consecutive bars may be more than one interval apart (their start times
 * say so). Indicators on {@code @1m} therefore count bars, not minutes.
 * <p>
 * <b>Time going backwards.</b> An event earlier than the start of the current bar, or falling in an
 * interval that was already closed, is rejected with
 * {@link io.ticksignal.engine.feature.bar.BarInputResult#REJECTED_LATE} and counted; it is never
 * merged into another bar. An event that is earlier than the previous event but still inside the
 * current bar's interval is accepted (open and close follow arrival order) and counted as out of
 * order.
 * <p>
 * <b>Bad input.</b> A non-finite or non-positive price, a non-finite or negative size, or a
 * crossed quote is rejected with {@link io.ticksignal.engine.feature.bar.BarInputResult#REJECTED_INVALID}
 * and counted. Trades of size 0 are accepted (they set prices, add no volume).
 * <p>
 * <b>Sources.</b> Trades make OHLCV bars with a VWAP; quotes make mid-price bars (volume 0, VWAP
 * NaN, event count = quotes). Feed one builder one kind of event. Inputs that already are bars
 * (e.g. daily files) go through {@link io.ticksignal.engine.feature.bar.BarPassThrough}, where a
 * bar's own interval is its timeframe.
 * <p>
 * All classes here are single-threaded (one writer per instrument and timeframe) and allocate
 * only in their constructors.
 */
package io.ticksignal.engine.feature.bar;
