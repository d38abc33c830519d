package io.ticksignal.replay.signals;

import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.codecs.sbe.MessageHeaderDecoder;
import io.ticksignal.codecs.sbe.SignalDecoder;
import io.ticksignal.engine.journal.JournalReader;
import io.ticksignal.engine.journal.JournalRecordListener;
import io.ticksignal.engine.pipeline.SignalSink;
import io.ticksignal.replay.run.ReplayFilter;
import org.agrona.DirectBuffer;

/**
 * Reads the journaled signals that pass a filter, in journal order, and hands each to a {@link SignalSink}: the
 * live model's ({@code OUTPUT} records) by default, or the shadow model's ({@code SHADOW_OUTPUT}); other records
 * are passed over, corrupt documents are counted.
 * <p>
 * Thread: one. Allocation: none per record.
 */
public final class JournaledSignals implements JournalRecordListener
{
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final SignalDecoder signal = new SignalDecoder();
    private final ReplayFilter filter;
    private final SignalSink sink;
    private final EventKind kind;
    private long selected;
    private long corruptRecords;

    /**
     * @param filter which signals to keep.
     * @param sink   receives them.
     */
    public JournaledSignals(final ReplayFilter filter, final SignalSink sink)
    {
        this(filter, sink, EventKind.OUTPUT);
    }

    /**
     * @param filter which signals to keep.
     * @param sink   receives them.
     * @param kind   {@link EventKind#OUTPUT} for the live model's signals, {@link EventKind#SHADOW_OUTPUT} for the
     *               shadow model's.
     * @throws IllegalArgumentException for another kind.
     */
    public JournaledSignals(final ReplayFilter filter, final SignalSink sink, final EventKind kind)
    {
        if (EventKind.OUTPUT != kind && EventKind.SHADOW_OUTPUT != kind)
        {
            throw new IllegalArgumentException("signals are OUTPUT or SHADOW_OUTPUT records, not " + kind);
        }
        this.filter = filter;
        this.sink = sink;
        this.kind = kind;
    }

    /**
     * Read from the reader's position to the end of the journal.
     *
     * @param reader the journal.
     * @return this, for the counts.
     */
    public JournaledSignals readAll(final JournalReader reader)
    {
        reader.readAll(this);
        return this;
    }

    /**
     * @return signals handed to the sink.
     */
    public long selected()
    {
        return selected;
    }

    /**
     * @return corrupt documents passed over.
     */
    public long corruptRecords()
    {
        return corruptRecords;
    }

    /**
     * {@inheritDoc}
     */
    @Override
    public void onRecord(
        final long index,
        final long engineSequence,
        final long receiveTimeNs,
        final EventKind kind,
        final int rejectReason,
        final DirectBuffer payload,
        final int offset,
        final int length)
    {
        if (this.kind == kind)
        {
            signal.wrapAndApplyHeader(payload, offset, header);
            if (filter.accepts(signal.instrumentId(), signal.eventTimeNs()))
            {
                selected++;
                sink.onSignal(engineSequence, payload, offset, length);
            }
        }
    }

    /**
     * {@inheritDoc}
     */
    @Override
    public void onCorruptRecord(
        final long index, final int reason, final DirectBuffer document, final int offset, final int length)
    {
        corruptRecords++;
    }
}
