/**
 * Point-in-time datasets for training ({@code ticksignal dataset}): features computed by the engine's own
 * per-instrument {@link io.ticksignal.engine.feature.timeline.FeatureTimeline}, labels from the future.
 * <p>
 * <b>Features.</b> Each instrument gets a timeline built exactly as the live pipeline builds its own: an
 * expression without {@code @} runs on every input ({@code tick}), as in the engine; {@code rsi(14)@1m} runs on 1m
 * bars built from events by event time (UTC-aligned; an interval without events makes no bar). Inputs are the
 * market events of a CSV file or the {@code INPUT} records of a journal, applied in order; invalid or
 * out-of-order events are rejected and counted, as the engine would.
 * <p>
 * <b>Rows.</b> One candidate per close of a bar of the label's timeframe {@code TF}, sampled when the timeline
 * closes it: every feature's value then is the value the live engine holds once that bar has closed (bars of
 * every timeframe ending at or before that time are applied; no event at or after it is). The row's time is the
 * bar's close, its end {@code start + TF} (not the time of the later event that made the engine close it).
 * <p>
 * <b>Label.</b> {@code fwd_return(H)@TF}: {@code close[t + H] / close[t] - 1}, where {@code close[t]} is the close
 * of the row's bar and {@code close[t + H]} that of the H-th TF bar closed after it. Bars are counted as the
 * timeline makes them: an interval without events has no bar and is skipped, so after a gap "H bars ahead" is
 * further than H intervals in time (as {@code roc(H)@TF} counts back over the same bars). The class is
 * {@link io.ticksignal.engine.model.LabelSpec#classOf(double)}'s: with 2 classes UP when the return is above the
 * threshold, else DOWN; with 3 classes DOWN below {@code -threshold}, UP above {@code +threshold}, else FLAT (a
 * return exactly at a threshold is FLAT, or DOWN with 2 classes).
 * <p>
 * <b>Kept rows.</b> A candidate is kept when every feature has a value (not NaN) at its close and its label bar
 * has closed. Dropped candidates are counted: not warm, or label unknown (at most the last H of each instrument).
 * A bar built from events that is still open at the end of the input has not closed (the live engine would close
 * it only when a later event arrives): it is neither a row nor a label. An input bar (a bar file's row, a journaled
 * {@code Bar}) is complete as it arrives, so the timeline closes it at once.
 * <p>
 * Everything here runs on one thread; the per-event work allocates nothing but the rows kept.
 */
package io.ticksignal.replay.dataset;
