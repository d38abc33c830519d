/**
 * The offline feature runner behind {@code ticksignal features}: reads a trades, bars or quotes
 * CSV file through the codecs' text readers, builds bars per timeframe, updates every feature and
 * writes one CSV row per bar of the row timeframe (or per event for {@code tick}).
 * <p>
 * <b>Timeframes.</b> An expression without {@code @} runs on the row timeframe (the command's
 * {@code --timeframe}, by default the input's own: a bar file's interval, or {@code tick} for
 * trades and quotes). Bars are built with {@link io.ticksignal.engine.feature.bar.TimeBarBuilder}
 * from trades (OHLCV) or quotes (mid price, volume 0), by event time, UTC-aligned; an interval
 * without events makes no bar. A bar file's own interval is its smallest gap between consecutive
 * bars and must be one of the timeframes; coarser timeframes roll its bars up
 * (UTC-aligned: first open, highest high, lowest low, last close, summed volume); a finer one
 * is an error.
 * <p>
 * <b>Updates.</b> Bar indicators on a timeframe update when one of its bars closes, with the bar
 * start as time; {@code @tick} indicators update on every event with the event as a one-event bar
 * (price as open/high/low/close, size as volume; a quote's mid with volume 0). Event features
 * (trades/quotes) update on every event; with a bar timeframe their value is sampled when a bar
 * of that timeframe closes. Microstructure features run in one
 * {@link io.ticksignal.engine.feature.microstructure.MarketFeatureSet}: each quote goes to their
 * {@code onQuote}, is then applied to the set's order book as level 0, and their {@code onBook}
 * follows, so the book features ({@code imbalance}, {@code depth}) work on a quotes file, reading
 * the top of book only (a quotes file has no deeper levels). Trades carry no aggressor side
 * ({@code AGGRESSOR_UNKNOWN}), so trade classification uses the tick rule on a trades file; a
 * trades file has no quotes, so features that need a prevailing quote stay empty on it.
 * <p>
 * <b>Point in time.</b> A bar of interval {@code [start, end)} closes at {@code end}: it is emitted
 * when the first event at or after {@code end} arrives, or at the end of input. Bars of all
 * timeframes are closed in order of their end times, and a row is written once every bar ending at
 * or before its own end has been applied, before the event that closed it is applied anywhere. So a
 * row sees exactly the bars that closed at or before its close and the events before its close;
 * no look-ahead. A tick row is written after its event has been applied; it sees the bars that
 * closed at or before the event's time.
 * <p>
 * <b>Bad input.</b> A malformed CSV row ends the run with a
 * {@link io.ticksignal.codecs.text.MarketDataFormatException} naming file, line and column. A
 * well-formed but invalid event (non-finite or non-positive price, negative size, crossed quote,
 * inconsistent bar) or one earlier than the previous event is rejected, counted, and skipped.
 * <p>
 * <b>Same code as the engine.</b> Bars, feature updates and the point-in-time order are those of
 * {@link io.ticksignal.engine.feature.timeline.FeatureTimeline}, the very code the live pipeline runs per
 * instrument; this package only reads the CSV input and writes a row at each sample point of the row timeframe
 * ({@code RowSampler}, a {@link io.ticksignal.engine.feature.timeline.TimelineListener}).
 * <p>
 * Per event the runner allocates nothing after construction (rows are formatted into a reused
 * buffer); single-threaded.
 */
package io.ticksignal.engine.feature.offline;
