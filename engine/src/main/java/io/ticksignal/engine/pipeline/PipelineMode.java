package io.ticksignal.engine.pipeline;

/**
 * What a {@link Pipeline} writes besides its computations.
 */
public enum PipelineMode
{
    /**
     * The live engine: inputs (accepted and rejected) and signals are journaled, signals go to the
     * {@link SignalSink}.
     */
    LIVE,

    /**
     * Replay and recovery: the inputs come from the journal, so nothing is journaled again; signals are still
     * encoded and handed to the {@link SignalSink} (a replay collects them; recovery passes
     * {@link SignalSink#NONE} so nothing is re-published).
     */
    REPLAY
}
