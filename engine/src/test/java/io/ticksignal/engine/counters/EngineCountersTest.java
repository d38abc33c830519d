package io.ticksignal.engine.counters;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import io.ticksignal.codecs.sbe.Direction;
import io.ticksignal.codecs.sbe.RejectReason;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.CountersManager;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EngineCountersTest
{
    private final CountersManager manager = new CountersManager(
        new UnsafeBuffer(ByteBuffer.allocateDirect(EngineCounters.metadataBufferLength())),
        new UnsafeBuffer(ByteBuffer.allocateDirect(EngineCounters.valuesBufferLength())));

    @Test
    void shouldAllocateLabelledCountersWithStableTypeIdsAndKeys()
    {
        final EngineCounters counters = new EngineCounters(manager);
        final List<String> rows = new ArrayList<>();
        manager.forEach((counterId, typeId, keyBuffer, label) ->
            rows.add(typeId + " " + (typeId == EngineCounters.REJECTED_BY_REASON_TYPE_ID ||
            typeId == EngineCounters.SIGNALS_TYPE_ID ? keyBuffer.getInt(0) + " " : "") + label));

        assertEquals(EngineCounters.COUNTER_COUNT, rows.size());
        assertEquals("7001 ticksignal: inputs received", rows.get(0));
        assertEquals("7002 ticksignal: inputs accepted", rows.get(1));
        assertEquals("7003 ticksignal: inputs rejected", rows.get(2));
        assertEquals("7004 1 ticksignal: rejected: TRUNCATED", rows.get(3));
        assertEquals("7004 13 ticksignal: rejected: INVALID_BOOK_LEVEL", rows.get(15));
        assertEquals("7005 0 ticksignal: signals: HOLD", rows.get(16));
        assertEquals("7005 1 ticksignal: signals: BUY", rows.get(17));
        assertEquals("7005 2 ticksignal: signals: SELL", rows.get(18));
        assertEquals("7006 ticksignal: journal documents", rows.get(19));
        assertEquals("7007 ticksignal: journal payload bytes", rows.get(20));
        assertEquals("7008 ticksignal: publish back-pressured", rows.get(21));
        assertEquals("7009 ticksignal: publish not connected", rows.get(22));
        assertEquals("7010 ticksignal: ring fill", rows.get(23));
        assertEquals("7020 ticksignal: shadow signals", rows.get(24));
        counters.close();
        assertEquals(0, countAllocated());
    }

    @Test
    void shouldCountByReasonAndDirection()
    {
        final EngineCounters counters = new EngineCounters(manager);
        counters.onInputReceived();
        counters.onInputReceived();
        counters.onInputAccepted();
        counters.onInputRejected(RejectReason.CROSSED_QUOTE.value());
        counters.onSignal(Direction.SELL.value());
        counters.onJournalDocument(40);
        counters.onJournalDocument(133);
        counters.onPublishBackPressured();
        counters.onPublishNotConnected();
        counters.ringFill(17);
        counters.onShadowSignal();
        counters.onShadowSignal();

        assertEquals(2, counters.inputsReceived().get());
        assertEquals(1, counters.inputsAccepted().get());
        assertEquals(1, counters.inputsRejected().get());
        assertEquals(1, counters.rejected(RejectReason.CROSSED_QUOTE.value()).get());
        assertEquals(0, counters.rejected(RejectReason.LOCKED_QUOTE.value()).get());
        assertEquals(1, counters.signals(Direction.SELL.value()).get());
        assertEquals(0, counters.signals(Direction.BUY.value()).get());
        assertEquals(2, counters.journalDocuments().get());
        assertEquals(173, counters.journalBytes().get());
        assertEquals(1, counters.publishBackPressured().get());
        assertEquals(1, counters.publishNotConnected().get());
        assertEquals(17, counters.ringFill().get());
        assertEquals(17, manager.getCounterValue(counters.ringFill().id()));
        assertEquals(2, counters.shadowSignals().get());
        assertEquals(0, counters.signals(Direction.HOLD.value()).get(), "shadow signals are not champion signals");
    }

    private int countAllocated()
    {
        final int[] count = new int[1];
        manager.forEach((counterId, label) -> count[0]++);
        return count[0];
    }
}
