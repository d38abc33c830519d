/**
 * The event journal: every input (accepted or rejected), every output and every control event,
 * one Chronicle Queue document each, written ahead of any output derived from an input, and read
 * back for replay and recovery.
 */
package io.ticksignal.engine.journal;
