package io.ticksignal.engine.pipeline;

import io.ticksignal.engine.counters.EngineCounters;
import io.ticksignal.engine.journal.JournalSink;

/**
 * Stage 2, write-ahead: journals every input before any stage after it can produce output from it. An accepted
 * input goes to {@link JournalSink#appendInput}, a rejected one to {@link JournalSink#appendRejected} with its
 * reason and its bytes as kept in the slot (for an oversize frame, the first {@link EngineEvent#INPUT_CAPACITY}
 * bytes). Each document is counted ({@link EngineCounters#onJournalDocument}: one document, its payload bytes).
 * <p>
 * In {@link PipelineMode#REPLAY} the pipeline leaves this stage out: the inputs come from the journal already.
 * <p>
 * Single-threaded (the pipeline thread). Allocation: none (the sink's contract).
 */
public final class JournalInputStage
{
    private final JournalSink journal;
    private final EngineCounters counters;

    /**
     * @param journal  where inputs are written.
     * @param counters where documents and bytes are counted.
     */
    public JournalInputStage(final JournalSink journal, final EngineCounters counters)
    {
        this.journal = journal;
        this.counters = counters;
    }

    /**
     * Journal the slot's input, accepted or rejected.
     *
     * @param event the slot, after {@link DecodeStage}.
     */
    public void onEvent(final EngineEvent event)
    {
        if (event.isAccepted())
        {
            journal.appendInput(
                event.engineSequence, event.receiveTimeNs, event.inputBuffer(), 0, event.inputLength);
        }
        else
        {
            journal.appendRejected(event.engineSequence, event.receiveTimeNs, event.rejectReason,
                event.inputBuffer(), 0, event.inputLength);
        }
        counters.onJournalDocument(event.inputLength);
    }
}
