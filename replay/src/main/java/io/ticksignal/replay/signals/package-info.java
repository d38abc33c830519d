/**
 * Signal history from a journal, and signal rows for people and tools: the journaled {@code OUTPUT} records under
 * a filter ({@link io.ticksignal.replay.signals.JournaledSignals}), and one row per signal as CSV or an aligned text
 * table ({@link io.ticksignal.replay.signals.SignalTableWriter}), the format {@code ticksignal signals} prints and
 * {@code ticksignal replay --out} writes.
 */
package io.ticksignal.replay.signals;
