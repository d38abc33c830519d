package io.ticksignal.engine.pipeline;

import io.ticksignal.codecs.sbe.BookAction;
import io.ticksignal.codecs.sbe.BookSide;
import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.codecs.sbe.RejectReason;
import io.ticksignal.codecs.sbe.SignalEncoder;
import io.ticksignal.codecs.sbe.MessageHeaderEncoder;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineRejectionTest
{
    private static final long BTC = 0;
    private static final long T0 = 1_385_337_600_000_000_000L;

    private final TestEngine engine = new TestEngine();
    private final Inputs inputs = new Inputs();
    private long sequence;

    private EngineEvent send(final int length)
    {
        return engine.pipeline.onInput(++sequence, 1_000L * sequence, inputs.buffer, 0, length);
    }

    private void accept(final int length)
    {
        final EngineEvent event = send(length);
        assertTrue(event.isAccepted(), () -> "priming input rejected: " + RejectReason.get((short)event.rejectReason()));
    }

    /**
     * Sends the input now in the buffer and checks: the reason, its counter (and only it), the journal's last and
     * only new document is the rejected bytes with the reason, the features saw nothing and no signal came out.
     */
    private void assertRejected(final int length, final RejectReason reason)
    {
        final int journaledBefore = engine.journal.entries.size();
        final long featureInputsBefore = engine.pipeline.featureStage().timeline(0).acceptedCount() +
            engine.pipeline.featureStage().timeline(1).acceptedCount();
        final byte[] sent = new byte[Math.min(length, EngineEvent.INPUT_CAPACITY)];
        inputs.buffer.getBytes(0, sent);

        final EngineEvent event = send(length);

        assertEquals(reason.value(), event.rejectReason(), "reject reason");
        assertFalse(event.isAccepted());
        assertEquals(1, engine.counters.rejected(reason.value()).get(), "counter of " + reason);
        assertEquals(1, engine.counters.inputsRejected().get(), "rejected in total");
        for (final RejectReason other : RejectReason.values())
        {
            if (other != reason && other != RejectReason.NONE && other != RejectReason.NULL_VAL)
            {
                assertEquals(0, engine.counters.rejected(other.value()).get(), "counter of " + other);
            }
        }
        assertEquals(journaledBefore + 1, engine.journal.entries.size(), "one journal document");
        final RecordingJournal.Entry entry = engine.journal.entries.get(journaledBefore);
        assertEquals(EventKind.REJECTED_INPUT, entry.kind());
        assertEquals(reason.value(), entry.rejectReason());
        assertEquals(sequence, entry.engineSequence());
        assertEquals(1_000L * sequence, entry.receiveTimeNs());
        assertArrayEquals(sent, entry.bytes(), "the rejected bytes are journaled as received");
        assertEquals(featureInputsBefore, engine.pipeline.featureStage().timeline(0).acceptedCount() +
            engine.pipeline.featureStage().timeline(1).acceptedCount(), "features untouched");
        assertFalse(event.isDecisionPoint());
        assertFalse(event.hasSignal());
        assertTrue(engine.sink.signals.isEmpty());
    }

    @Test
    void shouldRejectTruncatedFrame()
    {
        final int length = inputs.trade(BTC, T0, 4_275_500, 1);
        assertRejected(length - 1, RejectReason.TRUNCATED);
    }

    @Test
    void shouldRejectFrameShorterThanAHeader()
    {
        inputs.trade(BTC, T0, 4_275_500, 1);
        assertRejected(5, RejectReason.TRUNCATED);
    }

    @Test
    void shouldRejectUnknownSchema()
    {
        final int length = inputs.trade(BTC, T0, 4_275_500, 1);
        inputs.buffer.putShort(4, (short)99);
        assertRejected(length, RejectReason.UNKNOWN_SCHEMA);
    }

    @Test
    void shouldRejectUnsupportedVersion()
    {
        final int length = inputs.trade(BTC, T0, 4_275_500, 1);
        inputs.buffer.putShort(6, (short)(MessageHeaderEncoder.SCHEMA_VERSION + 1));
        assertRejected(length, RejectReason.UNSUPPORTED_VERSION);
    }

    @Test
    void shouldRejectUnknownTemplate()
    {
        final int length = inputs.trade(BTC, T0, 4_275_500, 1);
        inputs.buffer.putShort(2, (short)99);
        assertRejected(length, RejectReason.UNKNOWN_TEMPLATE);
    }

    @Test
    void shouldRejectASignalAsInputAsUnknownTemplate()
    {
        final SignalEncoder signal = new SignalEncoder();
        signal.wrapAndApplyHeader(inputs.buffer, 0, new MessageHeaderEncoder()).instrumentId(BTC).probabilitiesCount(0);
        assertRejected(MessageHeaderEncoder.ENCODED_LENGTH + signal.encodedLength(), RejectReason.UNKNOWN_TEMPLATE);
    }

    @Test
    void shouldRejectOversizeFrameAsMalformedAndJournalItsFirstBytes()
    {
        inputs.trade(BTC, T0, 4_275_500, 1);
        assertRejected(EngineEvent.INPUT_CAPACITY + 100, RejectReason.MALFORMED);
        assertEquals(EngineEvent.INPUT_CAPACITY, engine.journal.entries.get(0).bytes().length);
    }

    @Test
    void shouldRejectNaNPriceAsMalformed()
    {
        // A Decimal64 cannot hold NaN; its only "no value" is the null mantissa, which is malformed on the wire.
        final int length = inputs.trade(BTC, T0, Long.MIN_VALUE, -2, 100_000_000L, -8, 1);
        assertRejected(length, RejectReason.MALFORMED);
    }

    @Test
    void shouldRejectUnknownInstrument()
    {
        final int length = inputs.trade(7, T0, 4_275_500, 1);
        assertRejected(length, RejectReason.UNKNOWN_INSTRUMENT);
    }

    @Test
    void shouldRejectZeroPrice()
    {
        final int length = inputs.trade(BTC, T0, 0, 1);
        assertRejected(length, RejectReason.INVALID_PRICE);
    }

    @Test
    void shouldRejectNegativePrice()
    {
        final int length = inputs.trade(BTC, T0, -4_275_500, 1);
        assertRejected(length, RejectReason.INVALID_PRICE);
    }

    @Test
    void shouldRejectBarWithHighBelowClose()
    {
        final int length = inputs.bar(1, T0, 86_400_000_000_000L, 100_00, 101_00, 99_00, 102_00, 1000);
        assertRejected(length, RejectReason.INVALID_PRICE);
    }

    @Test
    void shouldRejectNegativeSize()
    {
        final int length = inputs.trade(BTC, T0, 4_275_500, -2, -1, -8, 1);
        assertRejected(length, RejectReason.INVALID_SIZE);
    }

    @Test
    void shouldRejectCrossedQuote()
    {
        final int length = inputs.quote(BTC, T0, 4_275_600, 1, 4_275_500, 1);
        assertRejected(length, RejectReason.CROSSED_QUOTE);
    }

    @Test
    void shouldRejectLockedQuote()
    {
        final int length = inputs.quote(BTC, T0, 4_275_500, 1, 4_275_500, 1);
        assertRejected(length, RejectReason.LOCKED_QUOTE);
    }

    @Test
    void shouldRejectTimeGoingBackwards()
    {
        accept(inputs.trade(BTC, T0 + 2_000, 4_275_500, 1));
        final int length = inputs.trade(BTC, T0 + 1_999, 4_275_500, 2);
        assertRejected(length, RejectReason.TIME_BACKWARDS);
    }

    @Test
    void shouldAcceptEqualTimesAndKeepTimePerInstrument()
    {
        accept(inputs.trade(BTC, T0 + 2_000, 4_275_500, 1));
        accept(inputs.trade(BTC, T0 + 2_000, 4_275_600, 2));
        accept(inputs.bar(1, T0, 86_400_000_000_000L, 100_00, 101_00, 99_00, 100_50, 1000));
        assertEquals(3, engine.counters.inputsAccepted().get());
        assertEquals(0, engine.counters.inputsRejected().get());
    }

    @Test
    void shouldRejectDuplicateTradeId()
    {
        accept(inputs.trade(BTC, T0, 4_275_500, 77));
        accept(inputs.trade(BTC, T0 + 1, 4_275_500, 78));
        final int length = inputs.trade(BTC, T0 + 2, 4_275_600, 77);
        assertRejected(length, RejectReason.DUPLICATE_TRADE_ID);
    }

    @Test
    void shouldAcceptTradesWithoutIds()
    {
        accept(inputs.trade(BTC, T0, 4_275_500, Long.MIN_VALUE));
        accept(inputs.trade(BTC, T0 + 1, 4_275_500, Long.MIN_VALUE));
        assertEquals(0, engine.counters.inputsRejected().get());
    }

    @Test
    void shouldRejectBookUpdateThatLeavesAGap()
    {
        final int length = inputs.book(BTC, T0, BookSide.BID, 3, BookAction.NEW, 4_275_500, 2);
        assertRejected(length, RejectReason.INVALID_BOOK_LEVEL);
    }

    @Test
    void shouldRejectBookLevelBeyondTheSchema()
    {
        final int length = inputs.book(BTC, T0, BookSide.BID, 25, BookAction.NEW, 4_275_500, 2);
        assertRejected(length, RejectReason.INVALID_BOOK_LEVEL);
    }

    @Test
    void shouldRejectBookUpdateThatCrossesTheBook()
    {
        accept(inputs.book(BTC, T0, BookSide.ASK, 0, BookAction.NEW, 4_275_500, 2));
        final int length = inputs.book(BTC, T0 + 1, BookSide.BID, 0, BookAction.NEW, 4_275_600, 2);
        assertRejected(length, RejectReason.CROSSED_QUOTE);
    }

    @Test
    void shouldCountAcceptedInputsAndJournalThem()
    {
        final int length = inputs.trade(BTC, T0, 4_275_500, 1);
        accept(length);
        assertEquals(1, engine.counters.inputsReceived().get());
        assertEquals(1, engine.counters.inputsAccepted().get());
        assertEquals(1, engine.journal.entries.size());
        assertEquals(EventKind.INPUT, engine.journal.entries.get(0).kind());
        assertEquals(1, engine.counters.journalDocuments().get());
        assertEquals(length, engine.counters.journalBytes().get());
        final EngineEvent event = engine.pipeline.onInput(9, 9, new UnsafeBuffer(new byte[0]), 0, 0);
        assertEquals(RejectReason.TRUNCATED.value(), event.rejectReason());
    }
}
