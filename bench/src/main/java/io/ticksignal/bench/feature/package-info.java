/**
 * JMH benchmarks of the feature library: per-update cost and allocation of indicators and
 * microstructure features, driven by real market data.
 */
package io.ticksignal.bench.feature;
