package io.ticksignal.engine.pipeline;

import java.util.ArrayList;
import java.util.List;

import io.ticksignal.codecs.sbe.ControlType;
import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.engine.journal.JournalSink;
import org.agrona.DirectBuffer;

/**
 * An in-memory journal: keeps every document in order with a copy of its bytes.
 */
final class RecordingJournal implements JournalSink
{
    record Entry(EventKind kind, long engineSequence, long receiveTimeNs, int rejectReason, byte[] bytes)
    {
    }

    final List<Entry> entries = new ArrayList<>();

    @Override
    public void appendInput(
        final long engineSequence, final long receiveTimeNs, final DirectBuffer message, final int offset,
        final int length)
    {
        entries.add(new Entry(EventKind.INPUT, engineSequence, receiveTimeNs, 0, copy(message, offset, length)));
    }

    @Override
    public void appendRejected(
        final long engineSequence, final long receiveTimeNs, final int rejectReason, final DirectBuffer message,
        final int offset, final int length)
    {
        entries.add(new Entry(EventKind.REJECTED_INPUT, engineSequence, receiveTimeNs, rejectReason,
            copy(message, offset, length)));
    }

    @Override
    public void appendOutput(
        final long engineSequence, final long receiveTimeNs, final DirectBuffer message, final int offset,
        final int length)
    {
        entries.add(new Entry(EventKind.OUTPUT, engineSequence, receiveTimeNs, 0, copy(message, offset, length)));
    }

    @Override
    public void appendShadowOutput(
        final long engineSequence, final long receiveTimeNs, final DirectBuffer message, final int offset,
        final int length)
    {
        entries.add(new Entry(EventKind.SHADOW_OUTPUT, engineSequence, receiveTimeNs, 0,
            copy(message, offset, length)));
    }

    @Override
    public void appendControl(
        final long engineSequence, final long timeNs, final ControlType type, final long modelVersion,
        final String detail)
    {
        entries.add(new Entry(EventKind.CONTROL, engineSequence, timeNs, 0, new byte[0]));
    }

    private static byte[] copy(final DirectBuffer buffer, final int offset, final int length)
    {
        final byte[] bytes = new byte[length];
        buffer.getBytes(offset, bytes);
        return bytes;
    }
}
