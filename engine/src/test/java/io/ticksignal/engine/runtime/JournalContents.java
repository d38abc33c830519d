package io.ticksignal.engine.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.ticksignal.codecs.sbe.ControlEventDecoder;
import io.ticksignal.codecs.sbe.ControlType;
import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.codecs.sbe.MessageHeaderDecoder;
import io.ticksignal.codecs.sbe.RejectReason;
import io.ticksignal.codecs.sbe.SignalDecoder;
import io.ticksignal.codecs.sbe.TradeDecoder;
import io.ticksignal.engine.journal.JournalReader;
import io.ticksignal.engine.journal.JournalRecordListener;
import io.ticksignal.engine.journal.OutputDigest;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Everything in a journal, copied out for assertions.
 */
final class JournalContents implements JournalRecordListener
{
    /**
     * One record.
     */
    record Entry(long engineSequence, long receiveTimeNs, EventKind kind, int rejectReason, byte[] payload)
    {
        UnsafeBuffer buffer()
        {
            return new UnsafeBuffer(payload);
        }
    }

    final List<Entry> entries = new ArrayList<>();
    int corrupt;

    static JournalContents read(final Path directory)
    {
        final JournalContents contents = new JournalContents();
        try (JournalReader reader = JournalReader.open(directory))
        {
            reader.readAll(contents);
        }
        return contents;
    }

    @Override
    public void onRecord(
        final long index, final long engineSequence, final long receiveTimeNs, final EventKind kind,
        final int rejectReason, final DirectBuffer payload, final int offset, final int length)
    {
        final byte[] copy = new byte[length];
        payload.getBytes(offset, copy);
        entries.add(new Entry(engineSequence, receiveTimeNs, kind, rejectReason, copy));
    }

    @Override
    public void onCorruptRecord(
        final long index, final int reason, final DirectBuffer document, final int offset, final int length)
    {
        corrupt++;
    }

    List<Entry> of(final EventKind kind)
    {
        return entries.stream().filter(entry -> entry.kind() == kind).toList();
    }

    /**
     * @return INPUT and REJECTED_INPUT records in journal order.
     */
    List<Entry> inputs()
    {
        return entries.stream()
            .filter(entry -> entry.kind() == EventKind.INPUT || entry.kind() == EventKind.REJECTED_INPUT)
            .toList();
    }

    Map<String, Long> rejectedByReason()
    {
        final Map<String, Long> byReason = new TreeMap<>();
        for (final Entry entry : of(EventKind.REJECTED_INPUT))
        {
            byReason.merge(RejectReason.get((short)entry.rejectReason()).name(), 1L, Long::sum);
        }
        return byReason;
    }

    Map<String, Long> signalsByDirection()
    {
        final Map<String, Long> byDirection = new TreeMap<>();
        final SignalDecoder decoder = new SignalDecoder();
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        for (final Entry entry : of(EventKind.OUTPUT))
        {
            decoder.wrapAndApplyHeader(entry.buffer(), 0, header);
            byDirection.merge(decoder.direction().name(), 1L, Long::sum);
        }
        return byDirection;
    }

    List<ControlType> controlTypes()
    {
        final List<ControlType> types = new ArrayList<>();
        final ControlEventDecoder decoder = new ControlEventDecoder();
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        for (final Entry entry : of(EventKind.CONTROL))
        {
            types.add(decoder.wrapAndApplyHeader(entry.buffer(), 0, header).controlType());
        }
        return types;
    }

    List<Long> tradeIds()
    {
        final TradeDecoder decoder = new TradeDecoder();
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        return of(EventKind.INPUT).stream()
            .map(entry -> decoder.wrapAndApplyHeader(entry.buffer(), 0, header).tradeId())
            .toList();
    }

    String outputDigest()
    {
        final OutputDigest digest = new OutputDigest();
        for (final Entry entry : of(EventKind.OUTPUT))
        {
            digest.update(entry.buffer(), 0, entry.payload().length);
        }
        return digest.toHexString();
    }

    long payloadBytes()
    {
        return entries.stream().mapToLong(entry -> entry.payload().length).sum();
    }
}
