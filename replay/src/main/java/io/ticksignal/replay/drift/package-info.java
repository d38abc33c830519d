/**
 * Drift over a journal: the engine's own {@link io.ticksignal.engine.monitor.DriftMonitor}, run by a REPLAY-mode
 * pipeline over the journal's inputs, sampled into a {@link io.ticksignal.replay.drift.DriftTrace} for the backtest
 * report, so the report shows the values the live engine's counters showed.
 */
package io.ticksignal.replay.drift;
