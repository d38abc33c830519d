package io.ticksignal.codecs.wire;

import static io.ticksignal.codecs.wire.Frames.HEADER_LENGTH;
import static io.ticksignal.codecs.wire.Frames.blockField;
import static io.ticksignal.codecs.wire.Frames.copyOf;
import static io.ticksignal.codecs.wire.Frames.encoded;
import static io.ticksignal.codecs.wire.Frames.exponentOf;
import static io.ticksignal.codecs.wire.Frames.mantissaOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteOrder;
import java.util.stream.Stream;

import io.ticksignal.codecs.sbe.BarDecoder;
import io.ticksignal.codecs.sbe.BookUpdateDecoder;
import io.ticksignal.codecs.sbe.ControlEventDecoder;
import io.ticksignal.codecs.sbe.JournalRecordDecoder;
import io.ticksignal.codecs.sbe.MessageHeaderDecoder;
import io.ticksignal.codecs.sbe.MessageHeaderEncoder;
import io.ticksignal.codecs.sbe.QuoteDecoder;
import io.ticksignal.codecs.sbe.RejectReason;
import io.ticksignal.codecs.sbe.SampleMessage;
import io.ticksignal.codecs.sbe.SampleMessages;
import io.ticksignal.codecs.sbe.SignalDecoder;
import io.ticksignal.codecs.sbe.SignalEncoder;
import io.ticksignal.codecs.sbe.TradeDecoder;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

final class MessageValidatorTest
{
    private static final int NONE = RejectReason.NONE.value();
    private static final int TRUNCATED = RejectReason.TRUNCATED.value();
    private static final int UNKNOWN_SCHEMA = RejectReason.UNKNOWN_SCHEMA.value();
    private static final int UNSUPPORTED_VERSION = RejectReason.UNSUPPORTED_VERSION.value();
    private static final int UNKNOWN_TEMPLATE = RejectReason.UNKNOWN_TEMPLATE.value();
    private static final int MALFORMED = RejectReason.MALFORMED.value();
    private static final int INVALID_BOOK_LEVEL = RejectReason.INVALID_BOOK_LEVEL.value();

    private static final int SIGNAL_GROUP_HEADER = HEADER_LENGTH + SignalDecoder.BLOCK_LENGTH;
    private static final int JOURNAL_PAYLOAD_PREFIX = HEADER_LENGTH + JournalRecordDecoder.BLOCK_LENGTH;
    private static final int CONTROL_DETAIL_PREFIX = HEADER_LENGTH + ControlEventDecoder.BLOCK_LENGTH;
    private static final int OFFSET = 5;

    private final MessageValidator validator = new MessageValidator();

    @ParameterizedTest
    @EnumSource(SampleMessage.class)
    void shouldRejectEveryTruncationAsTruncated(final SampleMessage message)
    {
        final UnsafeBuffer frame = encoded(message);
        final UnsafeBuffer padded = new UnsafeBuffer(new byte[OFFSET + frame.capacity() + 16]);
        padded.putBytes(OFFSET, frame, 0, frame.capacity());

        for (int length = 0; length < frame.capacity(); length++)
        {
            final UnsafeBuffer exact = copyOf(frame, 0, length);
            assertEquals(TRUNCATED, validator.validate(exact, 0, length), "exact buffer, length " + length);
            assertEquals(0, validator.messageLength());
            assertEquals(length < HEADER_LENGTH ? MessageValidator.NO_TEMPLATE : message.templateId(),
                validator.templateId(), "length " + length);

            assertEquals(TRUNCATED, validator.validate(padded, OFFSET, length), "larger buffer, length " + length);
        }
    }

    @ParameterizedTest
    @EnumSource(SampleMessage.class)
    void shouldAcceptTrailingBytesAndReportWhereTheMessageEnds(final SampleMessage message)
    {
        final UnsafeBuffer frame = encoded(message);
        final UnsafeBuffer padded = new UnsafeBuffer(new byte[OFFSET + frame.capacity() + 16]);
        padded.putBytes(OFFSET, frame, 0, frame.capacity());

        assertEquals(NONE, validator.validate(padded, OFFSET, frame.capacity() + 16));
        assertEquals(frame.capacity(), validator.messageLength());
        assertEquals(message.templateId(), validator.templateId());
    }

    @ParameterizedTest
    @EnumSource(SampleMessage.class)
    void shouldAcceptBlockExtendedByLaterMinorRevision(final SampleMessage message)
    {
        final int extension = 6;
        final UnsafeBuffer frame = encoded(message);
        final int blockEnd = HEADER_LENGTH + message.blockLength();
        final UnsafeBuffer extended = new UnsafeBuffer(new byte[frame.capacity() + extension]);
        extended.putBytes(0, frame, 0, blockEnd);
        extended.setMemory(blockEnd, extension, (byte)0x5A);
        extended.putBytes(blockEnd + extension, frame, blockEnd, frame.capacity() - blockEnd);
        new MessageHeaderEncoder().wrap(extended, 0).blockLength(message.blockLength() + extension);

        assertEquals(NONE, validator.validate(extended, 0, extended.capacity()));
        assertEquals(extended.capacity(), validator.messageLength());
        assertEquals(extended.capacity(), Frames.decodeFully(extended, 0));
    }

    @ParameterizedTest
    @EnumSource(SampleMessage.class)
    void shouldRejectHeaderBlockLengthShorterThanTemplate(final SampleMessage message)
    {
        final UnsafeBuffer frame = encoded(message);
        final MessageHeaderEncoder header = new MessageHeaderEncoder().wrap(frame, 0);

        header.blockLength(message.blockLength() - 1);
        assertEquals(MALFORMED, validator.validate(frame, 0, frame.capacity()));

        header.blockLength(0);
        assertEquals(MALFORMED, validator.validate(frame, 0, frame.capacity()));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 11, 22, 99, 65535})
    void shouldRejectUnknownTemplateId(final int templateId)
    {
        final UnsafeBuffer frame = encoded(SampleMessage.TRADE);
        new MessageHeaderEncoder().wrap(frame, 0).templateId(templateId);

        assertEquals(UNKNOWN_TEMPLATE, validator.validate(frame, 0, frame.capacity()));
        assertEquals(templateId, validator.templateId());
        assertEquals(0, validator.messageLength());
    }

    @ParameterizedTest
    @EnumSource(SampleMessage.class)
    void shouldRejectVersionTwo(final SampleMessage message)
    {
        final UnsafeBuffer frame = encoded(message);
        new MessageHeaderEncoder().wrap(frame, 0).version(2);

        assertEquals(UNSUPPORTED_VERSION, validator.validate(frame, 0, frame.capacity()));
        assertEquals(MessageValidator.NO_TEMPLATE, validator.templateId());
    }

    @ParameterizedTest
    @EnumSource(SampleMessage.class)
    void shouldRejectVersionZero(final SampleMessage message)
    {
        final UnsafeBuffer frame = encoded(message);
        new MessageHeaderEncoder().wrap(frame, 0).version(0);

        assertEquals(UNSUPPORTED_VERSION, validator.validate(frame, 0, frame.capacity()));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, 8, 65535})
    void shouldRejectWrongSchemaId(final int schemaId)
    {
        final UnsafeBuffer frame = encoded(SampleMessage.TRADE);
        new MessageHeaderEncoder().wrap(frame, 0).schemaId(schemaId);

        assertEquals(UNKNOWN_SCHEMA, validator.validate(frame, 0, frame.capacity()));
        assertEquals(MessageValidator.NO_TEMPLATE, validator.templateId());
    }

    @Test
    void shouldRejectArgumentsOutsideTheBufferAsTruncated()
    {
        final UnsafeBuffer frame = encoded(SampleMessage.TRADE);

        assertEquals(TRUNCATED, validator.validate(frame, 0, frame.capacity() + 1));
        assertEquals(TRUNCATED, validator.validate(frame, 1, frame.capacity()));
        assertEquals(TRUNCATED, validator.validate(frame, -1, frame.capacity()));
        assertEquals(TRUNCATED, validator.validate(frame, 0, -1));
        assertEquals(TRUNCATED, validator.validate(frame, frame.capacity() + 1, HEADER_LENGTH));
        assertEquals(TRUNCATED, validator.validate(frame, Integer.MAX_VALUE, Integer.MAX_VALUE));
        assertEquals(TRUNCATED, validator.validate(frame, 0, Integer.MAX_VALUE));
    }

    @Test
    void shouldForgetTheLastAcceptedFrameOnRejection()
    {
        final UnsafeBuffer frame = encoded(SampleMessage.TRADE);
        assertEquals(NONE, validator.validate(frame, 0, frame.capacity()));
        assertEquals(SampleMessages.TRADE_LENGTH, validator.messageLength());

        assertEquals(TRUNCATED, validator.validate(frame, 0, 3));
        assertEquals(0, validator.messageLength());
        assertEquals(MessageValidator.NO_TEMPLATE, validator.templateId());
    }

    @Test
    void shouldRejectAggressorByteSeven()
    {
        final UnsafeBuffer frame = encoded(SampleMessage.TRADE);
        frame.putByte(blockField(TradeDecoder.aggressorEncodingOffset()), (byte)7);

        assertEquals(MALFORMED, validator.validate(frame, 0, frame.capacity()));
        assertEquals(TradeDecoder.TEMPLATE_ID, validator.templateId());
    }

    @ParameterizedTest
    @MethodSource("enumFields")
    void shouldRejectEnumByteOutsideValidValues(
        final SampleMessage message, final int fieldOffset, final int[] validValues)
    {
        final UnsafeBuffer frame = encoded(message);
        for (int value = 0; value < 256; value++)
        {
            frame.putByte(blockField(fieldOffset), (byte)value);
            final int expected = contains(validValues, value) ? NONE : MALFORMED;
            assertEquals(expected, validator.validate(frame, 0, frame.capacity()), "value " + value);
        }
    }

    @ParameterizedTest
    @MethodSource("decimalFields")
    void shouldRejectExponentOutsideMinus18To18(final SampleMessage message, final int fieldOffset)
    {
        final UnsafeBuffer frame = encoded(message);
        for (int exponent = Byte.MIN_VALUE; exponent <= Byte.MAX_VALUE; exponent++)
        {
            frame.putByte(exponentOf(fieldOffset), (byte)exponent);
            final int expected = exponent >= -18 && exponent <= 18 ? NONE : MALFORMED;
            assertEquals(expected, validator.validate(frame, 0, frame.capacity()), "exponent " + exponent);
        }
    }

    @ParameterizedTest
    @MethodSource("decimalFields")
    void shouldRejectNullMantissa(final SampleMessage message, final int fieldOffset)
    {
        final UnsafeBuffer frame = encoded(message);

        frame.putLong(mantissaOf(fieldOffset), Long.MIN_VALUE, ByteOrder.LITTLE_ENDIAN);
        assertEquals(MALFORMED, validator.validate(frame, 0, frame.capacity()));

        frame.putLong(mantissaOf(fieldOffset), Long.MIN_VALUE + 1, ByteOrder.LITTLE_ENDIAN);
        assertEquals(NONE, validator.validate(frame, 0, frame.capacity()));
    }

    @Test
    void shouldRejectBookLevelBeyondNineteen()
    {
        final UnsafeBuffer frame = encoded(SampleMessage.BOOK_UPDATE);
        final int levelOffset = blockField(BookUpdateDecoder.levelEncodingOffset());
        for (int level = 0; level < 256; level++)
        {
            frame.putByte(levelOffset, (byte)level);
            final int expected = level <= 19 ? NONE : INVALID_BOOK_LEVEL;
            assertEquals(expected, validator.validate(frame, 0, frame.capacity()), "level " + level);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {256, 257, 1000, 65535})
    void shouldRejectSignalGroupCountBeyond255(final int count)
    {
        final UnsafeBuffer frame = encoded(SampleMessage.SIGNAL);
        frame.putShort(SIGNAL_GROUP_HEADER + 2, (short)count, ByteOrder.LITTLE_ENDIAN);

        assertEquals(MALFORMED, validator.validate(frame, 0, frame.capacity()));
    }

    @Test
    void shouldAcceptSignalWith255Probabilities()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[8192]);
        final SignalEncoder encoder = new SignalEncoder().wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder());
        final SignalEncoder.ProbabilitiesEncoder probabilities = encoder.probabilitiesCount(255);
        for (int i = 0; i < 255; i++)
        {
            probabilities.next().label("C" + i).probability(1.0 / 256);
        }
        final int length = HEADER_LENGTH + encoder.encodedLength();
        final UnsafeBuffer frame = copyOf(buffer, 0, length);

        assertEquals(NONE, validator.validate(frame, 0, length));
        assertEquals(HEADER_LENGTH + SignalDecoder.BLOCK_LENGTH + 4 + 255 * 16, validator.messageLength());
        assertEquals(length, Frames.decodeFully(frame, 0));
    }

    @Test
    void shouldAcceptSignalWithNoProbabilities()
    {
        final UnsafeBuffer frame = encoded(SampleMessage.SIGNAL);
        frame.putShort(SIGNAL_GROUP_HEADER + 2, (short)0, ByteOrder.LITTLE_ENDIAN);
        final int length = SIGNAL_GROUP_HEADER + 4;

        assertEquals(NONE, validator.validate(frame, 0, length));
        assertEquals(length, validator.messageLength());
    }

    @Test
    void shouldRejectSignalGroupCountBeyondTheEntriesPresentAsTruncated()
    {
        final UnsafeBuffer frame = encoded(SampleMessage.SIGNAL);
        frame.putShort(SIGNAL_GROUP_HEADER + 2, (short)4, ByteOrder.LITTLE_ENDIAN);

        assertEquals(TRUNCATED, validator.validate(frame, 0, frame.capacity()));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 8, 15})
    void shouldRejectSignalGroupBlockLengthShorterThanEntry(final int groupBlockLength)
    {
        final UnsafeBuffer frame = encoded(SampleMessage.SIGNAL);
        frame.putShort(SIGNAL_GROUP_HEADER, (short)groupBlockLength, ByteOrder.LITTLE_ENDIAN);

        assertEquals(MALFORMED, validator.validate(frame, 0, frame.capacity()));
    }

    @Test
    void shouldMeasureSignalEntriesByTheirDeclaredBlockLength()
    {
        final UnsafeBuffer frame = encoded(SampleMessage.SIGNAL);
        frame.putShort(SIGNAL_GROUP_HEADER, (short)20, ByteOrder.LITTLE_ENDIAN);
        assertEquals(TRUNCATED, validator.validate(frame, 0, frame.capacity()));

        final UnsafeBuffer longer = new UnsafeBuffer(new byte[frame.capacity() + 12]);
        longer.putBytes(0, frame, 0, frame.capacity());
        assertEquals(NONE, validator.validate(longer, 0, longer.capacity()));
        assertEquals(longer.capacity(), validator.messageLength());
        assertEquals(longer.capacity(), Frames.decodeFully(longer, 0));
    }

    @Test
    void shouldRejectJournalPayloadLengthBeyondTheBufferAsTruncated()
    {
        final UnsafeBuffer frame = encoded(SampleMessage.JOURNAL_RECORD);

        frame.putInt(JOURNAL_PAYLOAD_PREFIX, SampleMessages.TRADE_LENGTH + 1, ByteOrder.LITTLE_ENDIAN);
        assertEquals(TRUNCATED, validator.validate(frame, 0, frame.capacity()));

        frame.putInt(JOURNAL_PAYLOAD_PREFIX, 1_048_576, ByteOrder.LITTLE_ENDIAN);
        assertEquals(TRUNCATED, validator.validate(frame, 0, frame.capacity()));
    }

    @ParameterizedTest
    @ValueSource(ints = {1_048_577, Integer.MAX_VALUE, Integer.MIN_VALUE, -1})
    void shouldRejectJournalPayloadLengthBeyondMaxValueAsMalformed(final int uint32Length)
    {
        final UnsafeBuffer frame = encoded(SampleMessage.JOURNAL_RECORD);
        frame.putInt(JOURNAL_PAYLOAD_PREFIX, uint32Length, ByteOrder.LITTLE_ENDIAN);

        assertEquals(MALFORMED, validator.validate(frame, 0, frame.capacity()));
    }

    @Test
    void shouldAcceptJournalPayloadOfExactlyMaxValue()
    {
        final int length = JOURNAL_PAYLOAD_PREFIX + 4 + 1_048_576;
        final UnsafeBuffer frame = new UnsafeBuffer(new byte[length]);
        frame.putBytes(0, encoded(SampleMessage.JOURNAL_RECORD), 0, JOURNAL_PAYLOAD_PREFIX);
        frame.putInt(JOURNAL_PAYLOAD_PREFIX, 1_048_576, ByteOrder.LITTLE_ENDIAN);

        assertEquals(NONE, validator.validate(frame, 0, length));
        assertEquals(length, validator.messageLength());
    }

    @Test
    void shouldRejectControlDetailLengthBeyondTheBufferAsTruncated()
    {
        final UnsafeBuffer frame = encoded(SampleMessage.CONTROL_EVENT);
        final int detailLength = SampleMessages.controlDetailBytes().length;

        frame.putInt(CONTROL_DETAIL_PREFIX, detailLength + 1, ByteOrder.LITTLE_ENDIAN);
        assertEquals(TRUNCATED, validator.validate(frame, 0, frame.capacity()));

        frame.putInt(CONTROL_DETAIL_PREFIX, 65_536, ByteOrder.LITTLE_ENDIAN);
        assertEquals(TRUNCATED, validator.validate(frame, 0, frame.capacity()));
    }

    @ParameterizedTest
    @ValueSource(ints = {65_537, 1_048_576, Integer.MAX_VALUE, -1})
    void shouldRejectControlDetailLengthBeyondMaxValueAsMalformed(final int uint32Length)
    {
        final UnsafeBuffer frame = encoded(SampleMessage.CONTROL_EVENT);
        frame.putInt(CONTROL_DETAIL_PREFIX, uint32Length, ByteOrder.LITTLE_ENDIAN);

        assertEquals(MALFORMED, validator.validate(frame, 0, frame.capacity()));
    }

    @Test
    void shouldAcceptControlEventWithEmptyDetail()
    {
        final UnsafeBuffer frame = encoded(SampleMessage.CONTROL_EVENT);
        frame.putInt(CONTROL_DETAIL_PREFIX, 0, ByteOrder.LITTLE_ENDIAN);
        final int length = CONTROL_DETAIL_PREFIX + 4;

        assertEquals(NONE, validator.validate(frame, 0, length));
        assertEquals(length, validator.messageLength());
    }

    @Test
    void shouldNotLookInsideJournalPayload()
    {
        final UnsafeBuffer frame = encoded(SampleMessage.JOURNAL_RECORD);
        final int payloadTemplateId = JOURNAL_PAYLOAD_PREFIX + 4 + MessageHeaderDecoder.templateIdEncodingOffset();
        frame.putShort(payloadTemplateId, (short)99, ByteOrder.LITTLE_ENDIAN);

        assertEquals(NONE, validator.validate(frame, 0, frame.capacity()));
        final int payloadOffset = JOURNAL_PAYLOAD_PREFIX + 4;
        assertEquals(UNKNOWN_TEMPLATE, validator.validate(frame, payloadOffset, SampleMessages.TRADE_LENGTH));
    }

    /**
     * Each enum field with its valid values written out from the schema, independently of the
     * generated enums.
     */
    static Stream<Arguments> enumFields()
    {
        return Stream.of(
            Arguments.of(SampleMessage.TRADE, TradeDecoder.aggressorEncodingOffset(), new int[]{0, 1, 2}),
            Arguments.of(SampleMessage.BOOK_UPDATE, BookUpdateDecoder.sideEncodingOffset(), new int[]{0, 1}),
            Arguments.of(SampleMessage.BOOK_UPDATE, BookUpdateDecoder.actionEncodingOffset(), new int[]{0, 1, 2}),
            Arguments.of(SampleMessage.SIGNAL, SignalDecoder.directionEncodingOffset(), new int[]{0, 1, 2}),
            Arguments.of(
                SampleMessage.JOURNAL_RECORD, JournalRecordDecoder.kindEncodingOffset(), new int[]{0, 1, 2, 3, 4}),
            Arguments.of(
                SampleMessage.JOURNAL_RECORD,
                JournalRecordDecoder.rejectReasonEncodingOffset(),
                new int[]{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13}),
            Arguments.of(
                SampleMessage.CONTROL_EVENT,
                ControlEventDecoder.controlTypeEncodingOffset(),
                new int[]{0, 1, 2, 3, 4}));
    }

    static Stream<Arguments> decimalFields()
    {
        return Stream.of(
            Arguments.of(SampleMessage.TRADE, TradeDecoder.priceEncodingOffset()),
            Arguments.of(SampleMessage.TRADE, TradeDecoder.sizeEncodingOffset()),
            Arguments.of(SampleMessage.QUOTE, QuoteDecoder.bidPriceEncodingOffset()),
            Arguments.of(SampleMessage.QUOTE, QuoteDecoder.bidSizeEncodingOffset()),
            Arguments.of(SampleMessage.QUOTE, QuoteDecoder.askPriceEncodingOffset()),
            Arguments.of(SampleMessage.QUOTE, QuoteDecoder.askSizeEncodingOffset()),
            Arguments.of(SampleMessage.BOOK_UPDATE, BookUpdateDecoder.priceEncodingOffset()),
            Arguments.of(SampleMessage.BOOK_UPDATE, BookUpdateDecoder.sizeEncodingOffset()),
            Arguments.of(SampleMessage.BAR, BarDecoder.openPriceEncodingOffset()),
            Arguments.of(SampleMessage.BAR, BarDecoder.highPriceEncodingOffset()),
            Arguments.of(SampleMessage.BAR, BarDecoder.lowPriceEncodingOffset()),
            Arguments.of(SampleMessage.BAR, BarDecoder.closePriceEncodingOffset()),
            Arguments.of(SampleMessage.BAR, BarDecoder.volumeEncodingOffset()));
    }

    private static boolean contains(final int[] values, final int value)
    {
        for (final int candidate : values)
        {
            if (candidate == value)
            {
                return true;
            }
        }

        return false;
    }
}
