package io.ticksignal.engine.pipeline;

import io.ticksignal.codecs.sbe.ControlType;
import io.ticksignal.engine.journal.JournalSink;
import org.agrona.DirectBuffer;

/**
 * A {@link JournalSink} that keeps nothing: for a pipeline in {@link PipelineMode#REPLAY} (which does not call it)
 * or for an engine whose journal is disabled. Stateless; thread-safe; allocates nothing.
 */
public final class DiscardingJournalSink implements JournalSink
{
    /** The one instance. */
    public static final DiscardingJournalSink INSTANCE = new DiscardingJournalSink();

    private DiscardingJournalSink()
    {
    }

    @Override
    public void appendInput(
        final long engineSequence, final long receiveTimeNs, final DirectBuffer message, final int offset,
        final int length)
    {
    }

    @Override
    public void appendRejected(
        final long engineSequence, final long receiveTimeNs, final int rejectReason, final DirectBuffer message,
        final int offset, final int length)
    {
    }

    @Override
    public void appendOutput(
        final long engineSequence, final long receiveTimeNs, final DirectBuffer message, final int offset,
        final int length)
    {
    }

    @Override
    public void appendShadowOutput(
        final long engineSequence, final long receiveTimeNs, final DirectBuffer message, final int offset,
        final int length)
    {
    }

    @Override
    public void appendControl(
        final long engineSequence, final long timeNs, final ControlType type, final long modelVersion,
        final String detail)
    {
    }
}
