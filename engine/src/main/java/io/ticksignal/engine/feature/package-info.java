/**
 * Features: named, incremental computations over market events, read through one interface,
 * {@link io.ticksignal.engine.feature.Feature}. Bar indicators
 * ({@link io.ticksignal.engine.feature.indicator.Indicator}) and event-driven features
 * ({@link io.ticksignal.engine.feature.EventFeature}) differ only in how they are fed.
 * Sub-packages hold the indicators, bars, the catalog of feature names and expressions, and the
 * offline runner.
 */
package io.ticksignal.engine.feature;
