package io.ticksignal.engine.journal;

import java.util.ArrayList;
import java.util.List;

import io.ticksignal.codecs.sbe.EventKind;
import org.agrona.DirectBuffer;

/**
 * Test listener that copies every record and every corruption it is given.
 */
final class RecordingListener implements JournalRecordListener
{
    record Read(
        long index, long engineSequence, long receiveTimeNs, EventKind kind, int rejectReason, byte[] payload)
    {
    }

    record Corrupt(long index, int reason, byte[] document)
    {
    }

    final List<Read> records = new ArrayList<>();
    final List<Corrupt> corrupt = new ArrayList<>();

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
        records.add(new Read(index, engineSequence, receiveTimeNs, kind, rejectReason, copy(payload, offset, length)));
    }

    @Override
    public void onCorruptRecord(
        final long index, final int reason, final DirectBuffer document, final int offset, final int length)
    {
        corrupt.add(new Corrupt(index, reason, copy(document, offset, length)));
    }

    List<Long> sequences()
    {
        final List<Long> sequences = new ArrayList<>();
        for (final Read read : records)
        {
            sequences.add(read.engineSequence());
        }

        return sequences;
    }

    static RecordingListener readAll(final JournalReader reader)
    {
        final RecordingListener listener = new RecordingListener();
        reader.readAll(listener);
        return listener;
    }

    private static byte[] copy(final DirectBuffer buffer, final int offset, final int length)
    {
        final byte[] bytes = new byte[length];
        buffer.getBytes(offset, bytes);
        return bytes;
    }
}
