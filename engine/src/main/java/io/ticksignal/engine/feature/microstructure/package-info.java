/**
 * Market-microstructure features: event-driven {@link io.ticksignal.engine.feature.microstructure.MarketFeature}s
 * fed trades, quotes and order-book changes, over a per-instrument
 * {@link io.ticksignal.engine.feature.microstructure.OrderBook}. Like the bar indicators, each feature updates in
 * O(1) per event over ring buffers of primitives, allocates nothing after construction, reports NaN until
 * warm, and counts (rather than throws on) bad input. Features that need only trades work on trade-only
 * data; the ones that need quotes or depth stay NaN there.
 */
package io.ticksignal.engine.feature.microstructure;
