/**
 * Replay verification: the signals a replay regenerates are compared in order with the journaled {@code OUTPUT}
 * records, field by field (every field of the {@code Signal} except {@code ingressToDecisionNs}, a latency measured
 * on the live engine's clock); both streams are folded into an
 * {@link io.ticksignal.engine.journal.OutputDigest}, and the first mismatch is kept with its engine sequence, field
 * and the two values. A journal is verified identical only when every output matches, the counts are equal, every
 * input is accepted or rejected as it was live, and no document is corrupt.
 */
package io.ticksignal.replay.verify;
