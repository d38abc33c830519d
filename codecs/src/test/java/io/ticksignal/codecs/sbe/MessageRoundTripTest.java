package io.ticksignal.codecs.sbe;

import static io.ticksignal.codecs.sbe.SampleMessages.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;

import io.ticksignal.codecs.wire.MessageValidator;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

/**
 * Every message encoded with the generated encoders, accepted by the validator, and decoded with
 * the generated decoders to exactly the values that were encoded. Messages sit at an odd offset
 * in a larger buffer, so offset mistakes cannot hide.
 */
final class MessageRoundTripTest
{
    private static final int OFFSET = 13;

    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[1024]);
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final MessageValidator validator = new MessageValidator();

    @Test
    void shouldRoundTripTrade()
    {
        final int length = encodeTrade(buffer, OFFSET);
        assertAccepted(length, TradeDecoder.TEMPLATE_ID, TradeDecoder.BLOCK_LENGTH);

        final TradeDecoder decoder = new TradeDecoder().wrapAndApplyHeader(buffer, OFFSET, header);
        assertTrade(decoder);
        assertEquals(length, MessageHeaderDecoder.ENCODED_LENGTH + decoder.encodedLength());
        assertEquals(SampleMessages.TRADE_LENGTH, length);
    }

    @Test
    void shouldRoundTripQuote()
    {
        final int length = encodeQuote(buffer, OFFSET);
        assertAccepted(length, QuoteDecoder.TEMPLATE_ID, QuoteDecoder.BLOCK_LENGTH);

        final QuoteDecoder decoder = new QuoteDecoder().wrapAndApplyHeader(buffer, OFFSET, header);
        assertEquals(INSTRUMENT_ID, decoder.instrumentId());
        assertEquals(TIMESTAMP_NS, decoder.timestampNs());
        assertDecimal(BID_PRICE_MANTISSA, BID_PRICE_EXPONENT, decoder.bidPrice());
        assertDecimal(BID_SIZE_MANTISSA, BID_SIZE_EXPONENT, decoder.bidSize());
        assertDecimal(ASK_PRICE_MANTISSA, ASK_PRICE_EXPONENT, decoder.askPrice());
        assertDecimal(ASK_SIZE_MANTISSA, ASK_SIZE_EXPONENT, decoder.askSize());
        assertEquals(length, MessageHeaderDecoder.ENCODED_LENGTH + decoder.encodedLength());
    }

    @Test
    void shouldRoundTripBookUpdate()
    {
        final int length = encodeBookUpdate(buffer, OFFSET);
        assertAccepted(length, BookUpdateDecoder.TEMPLATE_ID, BookUpdateDecoder.BLOCK_LENGTH);

        final BookUpdateDecoder decoder = new BookUpdateDecoder().wrapAndApplyHeader(buffer, OFFSET, header);
        assertEquals(INSTRUMENT_ID, decoder.instrumentId());
        assertEquals(TIMESTAMP_NS, decoder.timestampNs());
        assertEquals(BOOK_SIDE, decoder.side());
        assertEquals(BOOK_LEVEL, decoder.level());
        assertEquals(BOOK_ACTION, decoder.action());
        assertDecimal(BOOK_PRICE_MANTISSA, BOOK_PRICE_EXPONENT, decoder.price());
        assertDecimal(BOOK_SIZE_MANTISSA, BOOK_SIZE_EXPONENT, decoder.size());
        assertEquals(length, MessageHeaderDecoder.ENCODED_LENGTH + decoder.encodedLength());
    }

    @Test
    void shouldRoundTripBar()
    {
        final int length = encodeBar(buffer, OFFSET);
        assertAccepted(length, BarDecoder.TEMPLATE_ID, BarDecoder.BLOCK_LENGTH);

        final BarDecoder decoder = new BarDecoder().wrapAndApplyHeader(buffer, OFFSET, header);
        assertEquals(INSTRUMENT_ID, decoder.instrumentId());
        assertEquals(BAR_START_TIME_NS, decoder.startTimeNs());
        assertEquals(BAR_INTERVAL_NS, decoder.intervalNs());
        assertDecimal(BAR_OPEN_MANTISSA, BAR_PRICE_EXPONENT, decoder.openPrice());
        assertDecimal(BAR_HIGH_MANTISSA, BAR_PRICE_EXPONENT, decoder.highPrice());
        assertDecimal(BAR_LOW_MANTISSA, BAR_PRICE_EXPONENT, decoder.lowPrice());
        assertDecimal(BAR_CLOSE_MANTISSA, BAR_PRICE_EXPONENT, decoder.closePrice());
        assertDecimal(BAR_VOLUME_MANTISSA, BAR_VOLUME_EXPONENT, decoder.volume());
        assertEquals(BAR_TRADE_COUNT, decoder.tradeCount());
        assertEquals(length, MessageHeaderDecoder.ENCODED_LENGTH + decoder.encodedLength());
    }

    @Test
    void shouldRoundTripSignalWithThreeProbabilities()
    {
        final int length = encodeSignal(buffer, OFFSET);
        assertAccepted(length, SignalDecoder.TEMPLATE_ID, SignalDecoder.BLOCK_LENGTH);

        final SignalDecoder decoder = new SignalDecoder().wrapAndApplyHeader(buffer, OFFSET, header);
        assertEquals(INSTRUMENT_ID, decoder.instrumentId());
        assertEquals(TIMESTAMP_NS, decoder.eventTimeNs());
        assertEquals(SIGNAL_DIRECTION, decoder.direction());
        assertEquals(Double.doubleToRawLongBits(SIGNAL_CONFIDENCE), Double.doubleToRawLongBits(decoder.confidence()));
        assertEquals(SIGNAL_MODEL_ID, decoder.modelId());
        assertEquals(SIGNAL_MODEL_VERSION, decoder.modelVersion());
        assertEquals(SIGNAL_ENGINE_SEQUENCE, decoder.engineSequence());
        assertEquals(SIGNAL_INGRESS_TO_DECISION_NS, decoder.ingressToDecisionNs());

        final SignalDecoder.ProbabilitiesDecoder probabilities = decoder.probabilities();
        assertEquals(3, probabilities.count());
        assertEquals(SignalDecoder.ProbabilitiesDecoder.sbeBlockLength(), probabilities.actingBlockLength());
        for (int i = 0; i < 3; i++)
        {
            probabilities.next();
            assertEquals(SIGNAL_LABELS[i], probabilities.label());
            assertEquals(
                Double.doubleToRawLongBits(SIGNAL_PROBABILITIES[i]),
                Double.doubleToRawLongBits(probabilities.probability()));
        }
        assertFalse(probabilities.hasNext());
        assertEquals(length, MessageHeaderDecoder.ENCODED_LENGTH + decoder.encodedLength());
    }

    @Test
    void shouldRoundTripJournalRecordEmbeddingTrade()
    {
        final int length = encodeJournalRecord(buffer, OFFSET);
        assertAccepted(length, JournalRecordDecoder.TEMPLATE_ID, JournalRecordDecoder.BLOCK_LENGTH);

        final JournalRecordDecoder decoder = new JournalRecordDecoder().wrapAndApplyHeader(buffer, OFFSET, header);
        assertEquals(JOURNAL_ENGINE_SEQUENCE, decoder.engineSequence());
        assertEquals(JOURNAL_RECEIVE_TIME_NS, decoder.receiveTimeNs());
        assertEquals(JOURNAL_KIND, decoder.kind());
        assertEquals(JOURNAL_REJECT_REASON, decoder.rejectReason());
        assertEquals(TRADE_LENGTH, decoder.payloadLength());

        final UnsafeBuffer payload = new UnsafeBuffer(new byte[0]);
        decoder.wrapPayload(payload);
        assertEquals(length, MessageHeaderDecoder.ENCODED_LENGTH + decoder.encodedLength());
        assertEquals(TRADE_LENGTH, payload.capacity());

        final UnsafeBuffer expectedPayload = new UnsafeBuffer(new byte[TRADE_LENGTH]);
        encodeTrade(expectedPayload, 0);
        final byte[] payloadBytes = new byte[TRADE_LENGTH];
        payload.getBytes(0, payloadBytes);
        assertArrayEquals(expectedPayload.byteArray(), payloadBytes);

        assertEquals(RejectReason.NONE.value(), validator.validate(payload, 0, payload.capacity()));
        assertEquals(TradeDecoder.TEMPLATE_ID, validator.templateId());
        assertEquals(TRADE_LENGTH, validator.messageLength());
        assertTrade(new TradeDecoder().wrapAndApplyHeader(payload, 0, new MessageHeaderDecoder()));
    }

    @Test
    void shouldRoundTripControlEventWithUtf8Detail()
    {
        final int length = encodeControlEvent(buffer, OFFSET);
        assertAccepted(length, ControlEventDecoder.TEMPLATE_ID, ControlEventDecoder.BLOCK_LENGTH);

        final ControlEventDecoder decoder = new ControlEventDecoder().wrapAndApplyHeader(buffer, OFFSET, header);
        assertEquals(CONTROL_TYPE, decoder.controlType());
        assertEquals(TIMESTAMP_NS, decoder.timestampNs());
        assertEquals(CONTROL_MODEL_VERSION, decoder.modelVersion());
        final byte[] expectedDetail = controlDetailBytes();
        assertEquals(expectedDetail.length, decoder.detailLength());
        final String detail = decoder.detail();
        assertEquals(CONTROL_DETAIL, detail);
        assertArrayEquals(expectedDetail, detail.getBytes(StandardCharsets.UTF_8));
        assertEquals(length, MessageHeaderDecoder.ENCODED_LENGTH + decoder.encodedLength());
        assertEquals(
            MessageHeaderDecoder.ENCODED_LENGTH + ControlEventDecoder.BLOCK_LENGTH +
            ControlEventDecoder.detailHeaderLength() + expectedDetail.length,
            length);
    }

    private void assertAccepted(final int length, final int templateId, final int blockLength)
    {
        assertEquals(RejectReason.NONE.value(), validator.validate(buffer, OFFSET, length));
        assertEquals(templateId, validator.templateId());
        assertEquals(length, validator.messageLength());

        header.wrap(buffer, OFFSET);
        assertEquals(blockLength, header.blockLength());
        assertEquals(templateId, header.templateId());
        assertEquals(MessageHeaderDecoder.SCHEMA_ID, header.schemaId());
        assertEquals(MessageHeaderDecoder.SCHEMA_VERSION, header.version());
    }

    private static void assertTrade(final TradeDecoder decoder)
    {
        assertEquals(INSTRUMENT_ID, decoder.instrumentId());
        assertEquals(TIMESTAMP_NS, decoder.timestampNs());
        assertDecimal(TRADE_PRICE_MANTISSA, TRADE_PRICE_EXPONENT, decoder.price());
        assertDecimal(TRADE_SIZE_MANTISSA, TRADE_SIZE_EXPONENT, decoder.size());
        assertEquals(TRADE_AGGRESSOR, decoder.aggressor());
        assertEquals(TRADE_ID, decoder.tradeId());
    }

    private static void assertDecimal(final long mantissa, final byte exponent, final Decimal64Decoder decimal)
    {
        assertEquals(mantissa, decimal.mantissa());
        assertEquals(exponent, decimal.exponent());
    }
}
