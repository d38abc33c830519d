package io.ticksignal.codecs.sbe;

import java.nio.charset.StandardCharsets;

import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * One known instance of every message in the schema, encoded with the generated encoders, with
 * the field values as constants so that tests can compare decoded fields exactly. Values are
 * chosen to catch width and sign mistakes: instrument ids above 2^31 (uint32), negative
 * exponents, long mantissas, binary-exact probabilities, non-ASCII UTF-8 text.
 */
public final class SampleMessages
{
    public static final long INSTRUMENT_ID = 4_000_000_000L;
    public static final long TIMESTAMP_NS = 1_700_000_000_123_456_789L;

    public static final long TRADE_PRICE_MANTISSA = 42_755L;
    public static final byte TRADE_PRICE_EXPONENT = -2;
    public static final long TRADE_SIZE_MANTISSA = 125_000_000L;
    public static final byte TRADE_SIZE_EXPONENT = -8;
    public static final AggressorSide TRADE_AGGRESSOR = AggressorSide.SELL;
    public static final long TRADE_ID = Long.MAX_VALUE - 7;

    public static final long BID_PRICE_MANTISSA = 4_275_450L;
    public static final byte BID_PRICE_EXPONENT = -4;
    public static final long BID_SIZE_MANTISSA = 300L;
    public static final byte BID_SIZE_EXPONENT = 0;
    public static final long ASK_PRICE_MANTISSA = 4_275_600L;
    public static final byte ASK_PRICE_EXPONENT = -4;
    public static final long ASK_SIZE_MANTISSA = 12L;
    public static final byte ASK_SIZE_EXPONENT = 2;

    public static final BookSide BOOK_SIDE = BookSide.ASK;
    public static final short BOOK_LEVEL = 19;
    public static final BookAction BOOK_ACTION = BookAction.DELETE;
    public static final long BOOK_PRICE_MANTISSA = -1L;
    public static final byte BOOK_PRICE_EXPONENT = -18;
    public static final long BOOK_SIZE_MANTISSA = Long.MAX_VALUE;
    public static final byte BOOK_SIZE_EXPONENT = 18;

    public static final long BAR_START_TIME_NS = 1_356_998_400_000_000_000L;
    public static final long BAR_INTERVAL_NS = 86_400_000_000_000L;
    public static final long BAR_OPEN_MANTISSA = 51_008L;
    public static final long BAR_HIGH_MANTISSA = 55_000L;
    public static final long BAR_LOW_MANTISSA = 49_999L;
    public static final long BAR_CLOSE_MANTISSA = 54_990L;
    public static final byte BAR_PRICE_EXPONENT = -2;
    public static final long BAR_VOLUME_MANTISSA = 17_865_432L;
    public static final byte BAR_VOLUME_EXPONENT = 0;
    public static final long BAR_TRADE_COUNT = 98_765L;

    public static final Direction SIGNAL_DIRECTION = Direction.BUY;
    public static final double SIGNAL_CONFIDENCE = 0.625;
    public static final String SIGNAL_MODEL_ID = "momentum-gbdt-20240101-abcdefghi";
    public static final long SIGNAL_MODEL_VERSION = 3_000_000_000L;
    public static final long SIGNAL_ENGINE_SEQUENCE = 9_876_543_210L;
    public static final long SIGNAL_INGRESS_TO_DECISION_NS = 1_234L;
    public static final String[] SIGNAL_LABELS = {"UP", "FLAT", "DOWNTICK"};
    public static final double[] SIGNAL_PROBABILITIES = {0.625, 0.25, 0.125};

    public static final long JOURNAL_ENGINE_SEQUENCE = 42L;
    public static final long JOURNAL_RECEIVE_TIME_NS = TIMESTAMP_NS + 15_000L;
    public static final EventKind JOURNAL_KIND = EventKind.REJECTED_INPUT;
    public static final RejectReason JOURNAL_REJECT_REASON = RejectReason.DUPLICATE_TRADE_ID;

    public static final ControlType CONTROL_TYPE = ControlType.MODEL_SWAP;
    public static final long CONTROL_MODEL_VERSION = 7L;
    public static final String CONTROL_DETAIL = "swap → /models/momentum-β/v7 ✓ (größer)";

    /**
     * Encoded length of the Trade sample, header included.
     */
    public static final int TRADE_LENGTH = MessageHeaderEncoder.ENCODED_LENGTH + TradeEncoder.BLOCK_LENGTH;

    private SampleMessages()
    {
    }

    /**
     * Encodes the Trade sample at {@code offset}.
     *
     * @return bytes written, header included.
     */
    public static int encodeTrade(final MutableDirectBuffer buffer, final int offset)
    {
        final TradeEncoder encoder = new TradeEncoder()
            .wrapAndApplyHeader(buffer, offset, new MessageHeaderEncoder())
            .instrumentId(INSTRUMENT_ID)
            .timestampNs(TIMESTAMP_NS);
        encoder.price().mantissa(TRADE_PRICE_MANTISSA).exponent(TRADE_PRICE_EXPONENT);
        encoder.size().mantissa(TRADE_SIZE_MANTISSA).exponent(TRADE_SIZE_EXPONENT);
        encoder.aggressor(TRADE_AGGRESSOR).tradeId(TRADE_ID);

        return MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();
    }

    /**
     * Encodes the Quote sample at {@code offset}.
     *
     * @return bytes written, header included.
     */
    public static int encodeQuote(final MutableDirectBuffer buffer, final int offset)
    {
        final QuoteEncoder encoder = new QuoteEncoder()
            .wrapAndApplyHeader(buffer, offset, new MessageHeaderEncoder())
            .instrumentId(INSTRUMENT_ID)
            .timestampNs(TIMESTAMP_NS);
        encoder.bidPrice().mantissa(BID_PRICE_MANTISSA).exponent(BID_PRICE_EXPONENT);
        encoder.bidSize().mantissa(BID_SIZE_MANTISSA).exponent(BID_SIZE_EXPONENT);
        encoder.askPrice().mantissa(ASK_PRICE_MANTISSA).exponent(ASK_PRICE_EXPONENT);
        encoder.askSize().mantissa(ASK_SIZE_MANTISSA).exponent(ASK_SIZE_EXPONENT);

        return MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();
    }

    /**
     * Encodes the BookUpdate sample at {@code offset}.
     *
     * @return bytes written, header included.
     */
    public static int encodeBookUpdate(final MutableDirectBuffer buffer, final int offset)
    {
        final BookUpdateEncoder encoder = new BookUpdateEncoder()
            .wrapAndApplyHeader(buffer, offset, new MessageHeaderEncoder())
            .instrumentId(INSTRUMENT_ID)
            .timestampNs(TIMESTAMP_NS)
            .side(BOOK_SIDE)
            .level(BOOK_LEVEL)
            .action(BOOK_ACTION);
        encoder.price().mantissa(BOOK_PRICE_MANTISSA).exponent(BOOK_PRICE_EXPONENT);
        encoder.size().mantissa(BOOK_SIZE_MANTISSA).exponent(BOOK_SIZE_EXPONENT);

        return MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();
    }

    /**
     * Encodes the Bar sample at {@code offset}.
     *
     * @return bytes written, header included.
     */
    public static int encodeBar(final MutableDirectBuffer buffer, final int offset)
    {
        final BarEncoder encoder = new BarEncoder()
            .wrapAndApplyHeader(buffer, offset, new MessageHeaderEncoder())
            .instrumentId(INSTRUMENT_ID)
            .startTimeNs(BAR_START_TIME_NS)
            .intervalNs(BAR_INTERVAL_NS);
        encoder.openPrice().mantissa(BAR_OPEN_MANTISSA).exponent(BAR_PRICE_EXPONENT);
        encoder.highPrice().mantissa(BAR_HIGH_MANTISSA).exponent(BAR_PRICE_EXPONENT);
        encoder.lowPrice().mantissa(BAR_LOW_MANTISSA).exponent(BAR_PRICE_EXPONENT);
        encoder.closePrice().mantissa(BAR_CLOSE_MANTISSA).exponent(BAR_PRICE_EXPONENT);
        encoder.volume().mantissa(BAR_VOLUME_MANTISSA).exponent(BAR_VOLUME_EXPONENT);
        encoder.tradeCount(BAR_TRADE_COUNT);

        return MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();
    }

    /**
     * Encodes the Signal sample, with three class probabilities, at {@code offset}.
     *
     * @return bytes written, header included.
     */
    public static int encodeSignal(final MutableDirectBuffer buffer, final int offset)
    {
        final SignalEncoder encoder = new SignalEncoder()
            .wrapAndApplyHeader(buffer, offset, new MessageHeaderEncoder())
            .instrumentId(INSTRUMENT_ID)
            .eventTimeNs(TIMESTAMP_NS)
            .direction(SIGNAL_DIRECTION)
            .confidence(SIGNAL_CONFIDENCE)
            .modelId(SIGNAL_MODEL_ID)
            .modelVersion(SIGNAL_MODEL_VERSION)
            .engineSequence(SIGNAL_ENGINE_SEQUENCE)
            .ingressToDecisionNs(SIGNAL_INGRESS_TO_DECISION_NS);
        final SignalEncoder.ProbabilitiesEncoder probabilities =
            encoder.probabilitiesCount(SIGNAL_PROBABILITIES.length);
        for (int i = 0; i < SIGNAL_PROBABILITIES.length; i++)
        {
            probabilities.next().label(SIGNAL_LABELS[i]).probability(SIGNAL_PROBABILITIES[i]);
        }

        return MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();
    }

    /**
     * Encodes the JournalRecord sample, whose payload is the Trade sample (header included), at
     * {@code offset}.
     *
     * @return bytes written, header included.
     */
    public static int encodeJournalRecord(final MutableDirectBuffer buffer, final int offset)
    {
        final UnsafeBuffer payload = new UnsafeBuffer(new byte[TRADE_LENGTH]);
        final int payloadLength = encodeTrade(payload, 0);

        final JournalRecordEncoder encoder = new JournalRecordEncoder()
            .wrapAndApplyHeader(buffer, offset, new MessageHeaderEncoder())
            .engineSequence(JOURNAL_ENGINE_SEQUENCE)
            .receiveTimeNs(JOURNAL_RECEIVE_TIME_NS)
            .kind(JOURNAL_KIND)
            .rejectReason(JOURNAL_REJECT_REASON)
            .putPayload(payload, 0, payloadLength);

        return MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();
    }

    /**
     * Encodes the ControlEvent sample, with a non-ASCII UTF-8 detail, at {@code offset}.
     *
     * @return bytes written, header included.
     */
    public static int encodeControlEvent(final MutableDirectBuffer buffer, final int offset)
    {
        final ControlEventEncoder encoder = new ControlEventEncoder()
            .wrapAndApplyHeader(buffer, offset, new MessageHeaderEncoder())
            .controlType(CONTROL_TYPE)
            .timestampNs(TIMESTAMP_NS)
            .modelVersion(CONTROL_MODEL_VERSION)
            .detail(CONTROL_DETAIL);

        return MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();
    }

    /**
     * The UTF-8 bytes of {@link #CONTROL_DETAIL}.
     */
    public static byte[] controlDetailBytes()
    {
        return CONTROL_DETAIL.getBytes(StandardCharsets.UTF_8);
    }
}
