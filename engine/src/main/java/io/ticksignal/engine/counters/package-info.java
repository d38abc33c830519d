/**
 * The engine's counters: Agrona {@link org.agrona.concurrent.status.AtomicCounter}s allocated from a
 * {@link org.agrona.concurrent.status.CountersManager} the caller provides (in-memory buffers in tests, a
 * memory-mapped file in the runtime so that {@code ticksignal stat} can read them from another process).
 * {@link io.ticksignal.engine.counters.EngineCounters} documents every type id, key and label; they are stable.
 */
package io.ticksignal.engine.counters;
