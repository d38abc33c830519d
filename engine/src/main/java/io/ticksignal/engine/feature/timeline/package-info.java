/**
 * The per-instrument computational core shared by the offline feature runner and the live pipeline (same code,
 * two drivers): a {@link io.ticksignal.engine.feature.timeline.FeatureTimeline} builds bars per timeframe from
 * events (or rolls up input bars), updates every feature in point-in-time order and tells a
 * {@link io.ticksignal.engine.feature.timeline.TimelineListener} at each sample point; each feature is read
 * through a {@link io.ticksignal.engine.feature.timeline.FeatureColumn}.
 * <p>
 * <b>Updates.</b> Bar indicators on a timeframe update when one of its bars closes, with the bar start as time;
 * indicators without a bar timeframe ({@code tick}) update on every trade, quote or input bar (a trade as a
 * one-event bar with its price as open/high/low/close and its size as volume; a quote's mid with volume 0; an
 * input bar as itself). Event features update on every trade and quote; microstructure features run in one
 * {@link io.ticksignal.engine.feature.microstructure.MarketFeatureSet} per timeline, which also takes book
 * updates. An event feature on a bar timeframe is read as the value sampled when that timeframe's last bar
 * closed.
 * <p>
 * <b>Point in time.</b> A bar of interval {@code [start, end)} closes at {@code end}: when the first input at or
 * after {@code end} arrives, or at {@link io.ticksignal.engine.feature.timeline.FeatureTimeline#finish()}. Bars of
 * all timeframes close in order of their end times; once every bar with a given end time is closed, the listener's
 * {@code onBarSample} is called for each timeframe that closed one (in timeframe order), before the input that
 * closed them is applied anywhere. After an input has been applied everywhere, the listener's
 * {@code onEventSample} is called. So a sample sees exactly the bars closed at or before its time and the events
 * before it (and, for an event sample, the event itself); no look-ahead.
 * <p>
 * Single-threaded; after construction nothing here allocates per input.
 */
package io.ticksignal.engine.feature.timeline;
