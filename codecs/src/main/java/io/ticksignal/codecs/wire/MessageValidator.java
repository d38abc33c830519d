package io.ticksignal.codecs.wire;

import java.nio.ByteOrder;
import java.util.function.ToIntFunction;

import io.ticksignal.codecs.sbe.AggressorSide;
import io.ticksignal.codecs.sbe.BarDecoder;
import io.ticksignal.codecs.sbe.BookAction;
import io.ticksignal.codecs.sbe.BookSide;
import io.ticksignal.codecs.sbe.BookUpdateDecoder;
import io.ticksignal.codecs.sbe.ControlEventDecoder;
import io.ticksignal.codecs.sbe.ControlType;
import io.ticksignal.codecs.sbe.Decimal64Decoder;
import io.ticksignal.codecs.sbe.Direction;
import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.codecs.sbe.GroupSizeEncodingDecoder;
import io.ticksignal.codecs.sbe.JournalRecordDecoder;
import io.ticksignal.codecs.sbe.MessageHeaderDecoder;
import io.ticksignal.codecs.sbe.QuoteDecoder;
import io.ticksignal.codecs.sbe.RejectReason;
import io.ticksignal.codecs.sbe.SignalDecoder;
import io.ticksignal.codecs.sbe.TradeDecoder;
import io.ticksignal.codecs.sbe.VarDataEncodingDecoder;
import io.ticksignal.codecs.sbe.VarStringEncodingDecoder;
import org.agrona.DirectBuffer;

/**
 * Checks that one received frame is a whole, well-formed Ticksignal SBE message before any
 * generated decoder touches it, so that decoding the frame afterwards can neither read past its
 * end nor meet a value the schema does not allow.
 * <p>
 * Bad input is an expected outcome, not an exception: {@link #validate(DirectBuffer, int, int)}
 * never throws, whatever the bytes, and answers {@link RejectReason#NONE} or the code of the
 * {@link RejectReason} to count and journal. It checks structure and the value ranges that the
 * schema declares; business rules (known instrument, positive price, uncrossed quote, time order)
 * belong to the engine. The payload of a {@code JournalRecord} is checked only as bytes within
 * bounds, not as a message: a journaled rejected input is, by design, not a valid message.
 * Validate it separately with another call when it is to be decoded.
 * <p>
 * Trailing bytes after the message are allowed; {@link #messageLength()} tells where the message
 * ends. A header {@code blockLength} larger than the template's (a block extended by a later
 * minor revision) is accepted and skipped over, as SBE intends.
 * <p>
 * Thread-safety: not thread-safe; it keeps the template and length of the last frame, so use one
 * instance per thread. Allocation: none after construction.
 */
public final class MessageValidator
{
    /**
     * {@link #templateId()} when the last frame's header could not be read or was not ours.
     */
    public static final int NO_TEMPLATE = -1;

    private static final int NONE = RejectReason.NONE.value();
    private static final int TRUNCATED = RejectReason.TRUNCATED.value();
    private static final int UNKNOWN_SCHEMA = RejectReason.UNKNOWN_SCHEMA.value();
    private static final int UNSUPPORTED_VERSION = RejectReason.UNSUPPORTED_VERSION.value();
    private static final int UNKNOWN_TEMPLATE = RejectReason.UNKNOWN_TEMPLATE.value();
    private static final int MALFORMED = RejectReason.MALFORMED.value();
    private static final int INVALID_BOOK_LEVEL = RejectReason.INVALID_BOOK_LEVEL.value();

    private static final int HEADER_LENGTH = MessageHeaderDecoder.ENCODED_LENGTH;
    private static final int SCHEMA_ID = MessageHeaderDecoder.SCHEMA_ID;
    private static final int SUPPORTED_VERSION = MessageHeaderDecoder.SCHEMA_VERSION;
    private static final int GROUP_HEADER_LENGTH = GroupSizeEncodingDecoder.ENCODED_LENGTH;
    private static final int PROBABILITY_BLOCK_LENGTH = SignalDecoder.ProbabilitiesDecoder.sbeBlockLength();
    private static final int MAX_PROBABILITIES = SignalDecoder.ProbabilitiesDecoder.countMaxValue();
    private static final int PAYLOAD_HEADER_LENGTH = JournalRecordDecoder.payloadHeaderLength();
    private static final long MAX_PAYLOAD_LENGTH = VarDataEncodingDecoder.lengthMaxValue();
    private static final int DETAIL_HEADER_LENGTH = ControlEventDecoder.detailHeaderLength();
    private static final long MAX_DETAIL_LENGTH = VarStringEncodingDecoder.lengthMaxValue();
    private static final long MIN_MANTISSA = Decimal64Decoder.mantissaMinValue();
    private static final long MAX_MANTISSA = Decimal64Decoder.mantissaMaxValue();
    private static final int MIN_EXPONENT = Decimal64Decoder.exponentMinValue();
    private static final int MAX_EXPONENT = Decimal64Decoder.exponentMaxValue();
    private static final int MIN_BOOK_LEVEL = BookUpdateDecoder.levelMinValue();
    private static final int MAX_BOOK_LEVEL = BookUpdateDecoder.levelMaxValue();

    private static final boolean[] AGGRESSOR_SIDES =
        validCodes(AggressorSide.values(), AggressorSide.NULL_VAL, AggressorSide::value);
    private static final boolean[] BOOK_SIDES = validCodes(BookSide.values(), BookSide.NULL_VAL, BookSide::value);
    private static final boolean[] BOOK_ACTIONS =
        validCodes(BookAction.values(), BookAction.NULL_VAL, BookAction::value);
    private static final boolean[] DIRECTIONS = validCodes(Direction.values(), Direction.NULL_VAL, Direction::value);
    private static final boolean[] EVENT_KINDS = validCodes(EventKind.values(), EventKind.NULL_VAL, EventKind::value);
    private static final boolean[] REJECT_REASONS =
        validCodes(RejectReason.values(), RejectReason.NULL_VAL, RejectReason::value);
    private static final boolean[] CONTROL_TYPES =
        validCodes(ControlType.values(), ControlType.NULL_VAL, ControlType::value);

    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final GroupSizeEncodingDecoder groupHeader = new GroupSizeEncodingDecoder();
    private final TradeDecoder trade = new TradeDecoder();
    private final QuoteDecoder quote = new QuoteDecoder();
    private final BookUpdateDecoder bookUpdate = new BookUpdateDecoder();
    private final BarDecoder bar = new BarDecoder();
    private final SignalDecoder signal = new SignalDecoder();
    private final JournalRecordDecoder journalRecord = new JournalRecordDecoder();
    private final ControlEventDecoder controlEvent = new ControlEventDecoder();

    private int templateId = NO_TEMPLATE;
    private int messageLength;

    /**
     * Validates the frame of {@code length} bytes at {@code offset} in {@code buffer}. Only those
     * bytes are read, so the frame may sit in a larger buffer.
     * <p>
     * Checks run in this order and the first that fails gives the answer:
     * <ol>
     *     <li>the arguments describe bytes inside the buffer and there is a whole message header,
     *     else {@code TRUNCATED};</li>
     *     <li>the header's schemaId is ours, else {@code UNKNOWN_SCHEMA};</li>
     *     <li>its version is between 1 and the version this build was generated from, else
     *     {@code UNSUPPORTED_VERSION};</li>
     *     <li>its templateId is one of the schema's messages, else {@code UNKNOWN_TEMPLATE};</li>
     *     <li>its blockLength is at least the template's block length, else {@code MALFORMED};</li>
     *     <li>the whole block is present, else {@code TRUNCATED};</li>
     *     <li>every enum in the block holds one of its valid values, and every Decimal64 has an
     *     exponent in [-18, 18] and a mantissa other than the null value {@link Long#MIN_VALUE},
     *     else {@code MALFORMED};</li>
     *     <li>a BookUpdate's level is within the schema's BookLevel range, else
     *     {@code INVALID_BOOK_LEVEL};</li>
     *     <li>Signal: the group header is present, else {@code TRUNCATED}; its blockLength is at
     *     least the entry's and its numInGroup at most 255, else {@code MALFORMED}; all entries
     *     are present, else {@code TRUNCATED};</li>
     *     <li>JournalRecord payload and ControlEvent detail: the length prefix is present, else
     *     {@code TRUNCATED}; the length is within the schema's maxValue (1,048,576 and 65,536),
     *     else {@code MALFORMED}; the data is present, else {@code TRUNCATED}.</li>
     * </ol>
     * Afterwards {@link #templateId()} and {@link #messageLength()} describe this frame.
     * <p>
     * Never throws for any bytes or arguments (a {@code null} buffer is a programming error, not
     * input). Allocation: none.
     *
     * @param buffer holding the frame.
     * @param offset at which the frame's message header starts.
     * @param length of the frame in bytes, as received.
     * @return {@link RejectReason#NONE}{@code .value()} when the message may be decoded, otherwise
     * the {@code value()} of {@link RejectReason#TRUNCATED}, {@link RejectReason#UNKNOWN_SCHEMA},
     * {@link RejectReason#UNSUPPORTED_VERSION}, {@link RejectReason#UNKNOWN_TEMPLATE},
     * {@link RejectReason#MALFORMED} or {@link RejectReason#INVALID_BOOK_LEVEL}.
     */
    public int validate(final DirectBuffer buffer, final int offset, final int length)
    {
        templateId = NO_TEMPLATE;
        messageLength = 0;

        if (offset < 0 || length < HEADER_LENGTH || length > buffer.capacity() - offset)
        {
            return TRUNCATED;
        }

        header.wrap(buffer, offset);
        if (SCHEMA_ID != header.schemaId())
        {
            return UNKNOWN_SCHEMA;
        }

        final int version = header.version();
        if (version < 1 || version > SUPPORTED_VERSION)
        {
            return UNSUPPORTED_VERSION;
        }

        templateId = header.templateId();

        return validateBody(buffer, offset, length, header.blockLength(), version);
    }

    /**
     * The templateId of the last frame given to {@link #validate(DirectBuffer, int, int)}, known once
     * its header was read and found to be of our schema and a supported version, so a rejection
     * can be counted per template (an unknown template's id included).
     *
     * @return the templateId, or {@link #NO_TEMPLATE} when the header was missing, of another
     * schema or of an unsupported version.
     */
    public int templateId()
    {
        return templateId;
    }

    /**
     * The number of bytes, header included, of the last frame's message when it was accepted:
     * where the message ends, which may be before the end of the frame.
     *
     * @return the message length in bytes, or 0 when the last frame was rejected.
     */
    public int messageLength()
    {
        return messageLength;
    }

    private int validateBody(
        final DirectBuffer buffer, final int offset, final int length, final int blockLength, final int version)
    {
        switch (templateId)
        {
            case TradeDecoder.TEMPLATE_ID:
                return validateTrade(buffer, offset, length, blockLength, version);

            case QuoteDecoder.TEMPLATE_ID:
                return validateQuote(buffer, offset, length, blockLength, version);

            case BookUpdateDecoder.TEMPLATE_ID:
                return validateBookUpdate(buffer, offset, length, blockLength, version);

            case BarDecoder.TEMPLATE_ID:
                return validateBar(buffer, offset, length, blockLength, version);

            case SignalDecoder.TEMPLATE_ID:
                return validateSignal(buffer, offset, length, blockLength, version);

            case JournalRecordDecoder.TEMPLATE_ID:
                return validateJournalRecord(buffer, offset, length, blockLength, version);

            case ControlEventDecoder.TEMPLATE_ID:
                return validateControlEvent(buffer, offset, length, blockLength, version);

            default:
                return UNKNOWN_TEMPLATE;
        }
    }

    private int validateTrade(
        final DirectBuffer buffer, final int offset, final int length, final int blockLength, final int version)
    {
        final int blockResult = checkBlock(length, blockLength, TradeDecoder.BLOCK_LENGTH);
        if (NONE != blockResult)
        {
            return blockResult;
        }

        final TradeDecoder trade = this.trade.wrap(buffer, offset + HEADER_LENGTH, blockLength, version);
        if (!isValid(trade.price()) || !isValid(trade.size()) || !AGGRESSOR_SIDES[trade.aggressorRaw()])
        {
            return MALFORMED;
        }

        return accept(HEADER_LENGTH + blockLength);
    }

    private int validateQuote(
        final DirectBuffer buffer, final int offset, final int length, final int blockLength, final int version)
    {
        final int blockResult = checkBlock(length, blockLength, QuoteDecoder.BLOCK_LENGTH);
        if (NONE != blockResult)
        {
            return blockResult;
        }

        final QuoteDecoder quote = this.quote.wrap(buffer, offset + HEADER_LENGTH, blockLength, version);
        if (!isValid(quote.bidPrice()) || !isValid(quote.bidSize()) ||
            !isValid(quote.askPrice()) || !isValid(quote.askSize()))
        {
            return MALFORMED;
        }

        return accept(HEADER_LENGTH + blockLength);
    }

    private int validateBookUpdate(
        final DirectBuffer buffer, final int offset, final int length, final int blockLength, final int version)
    {
        final int blockResult = checkBlock(length, blockLength, BookUpdateDecoder.BLOCK_LENGTH);
        if (NONE != blockResult)
        {
            return blockResult;
        }

        final BookUpdateDecoder update = bookUpdate.wrap(buffer, offset + HEADER_LENGTH, blockLength, version);
        if (!BOOK_SIDES[update.sideRaw()] || !BOOK_ACTIONS[update.actionRaw()] ||
            !isValid(update.price()) || !isValid(update.size()))
        {
            return MALFORMED;
        }

        final int level = update.level();
        if (level < MIN_BOOK_LEVEL || level > MAX_BOOK_LEVEL)
        {
            return INVALID_BOOK_LEVEL;
        }

        return accept(HEADER_LENGTH + blockLength);
    }

    private int validateBar(
        final DirectBuffer buffer, final int offset, final int length, final int blockLength, final int version)
    {
        final int blockResult = checkBlock(length, blockLength, BarDecoder.BLOCK_LENGTH);
        if (NONE != blockResult)
        {
            return blockResult;
        }

        final BarDecoder bar = this.bar.wrap(buffer, offset + HEADER_LENGTH, blockLength, version);
        if (!isValid(bar.openPrice()) || !isValid(bar.highPrice()) || !isValid(bar.lowPrice()) ||
            !isValid(bar.closePrice()) || !isValid(bar.volume()))
        {
            return MALFORMED;
        }

        return accept(HEADER_LENGTH + blockLength);
    }

    private int validateSignal(
        final DirectBuffer buffer, final int offset, final int length, final int blockLength, final int version)
    {
        final int blockResult = checkBlock(length, blockLength, SignalDecoder.BLOCK_LENGTH);
        if (NONE != blockResult)
        {
            return blockResult;
        }

        final SignalDecoder signal = this.signal.wrap(buffer, offset + HEADER_LENGTH, blockLength, version);
        if (!DIRECTIONS[signal.directionRaw()])
        {
            return MALFORMED;
        }

        int position = HEADER_LENGTH + blockLength;
        if (length - position < GROUP_HEADER_LENGTH)
        {
            return TRUNCATED;
        }

        groupHeader.wrap(buffer, offset + position);
        final int entryLength = groupHeader.blockLength();
        final int entryCount = groupHeader.numInGroup();
        if (entryLength < PROBABILITY_BLOCK_LENGTH || entryCount > MAX_PROBABILITIES)
        {
            return MALFORMED;
        }

        position += GROUP_HEADER_LENGTH;
        // At most 255 * 65535 bytes, so the product cannot overflow an int.
        final int entriesLength = entryCount * entryLength;
        if (length - position < entriesLength)
        {
            return TRUNCATED;
        }

        return accept(position + entriesLength);
    }

    private int validateJournalRecord(
        final DirectBuffer buffer, final int offset, final int length, final int blockLength, final int version)
    {
        final int blockResult = checkBlock(length, blockLength, JournalRecordDecoder.BLOCK_LENGTH);
        if (NONE != blockResult)
        {
            return blockResult;
        }

        final JournalRecordDecoder record = journalRecord.wrap(buffer, offset + HEADER_LENGTH, blockLength, version);
        if (!EVENT_KINDS[record.kindRaw()] || !REJECT_REASONS[record.rejectReasonRaw()])
        {
            return MALFORMED;
        }

        return checkVarData(
            buffer, offset, length, HEADER_LENGTH + blockLength, PAYLOAD_HEADER_LENGTH, MAX_PAYLOAD_LENGTH);
    }

    private int validateControlEvent(
        final DirectBuffer buffer, final int offset, final int length, final int blockLength, final int version)
    {
        final int blockResult = checkBlock(length, blockLength, ControlEventDecoder.BLOCK_LENGTH);
        if (NONE != blockResult)
        {
            return blockResult;
        }

        final ControlEventDecoder event = controlEvent.wrap(buffer, offset + HEADER_LENGTH, blockLength, version);
        if (!CONTROL_TYPES[event.controlTypeRaw()])
        {
            return MALFORMED;
        }

        return checkVarData(
            buffer, offset, length, HEADER_LENGTH + blockLength, DETAIL_HEADER_LENGTH, MAX_DETAIL_LENGTH);
    }

    private static int checkBlock(final int length, final int blockLength, final int templateBlockLength)
    {
        if (blockLength < templateBlockLength)
        {
            return MALFORMED;
        }

        return length - HEADER_LENGTH < blockLength ? TRUNCATED : NONE;
    }

    /**
     * Checks var data whose uint32 length prefix starts {@code position} bytes into the frame, and
     * accepts the message as ending with it.
     */
    private int checkVarData(
        final DirectBuffer buffer,
        final int offset,
        final int length,
        final int position,
        final int prefixLength,
        final long maxDataLength)
    {
        if (length - position < prefixLength)
        {
            return TRUNCATED;
        }

        final long dataLength = buffer.getInt(offset + position, ByteOrder.LITTLE_ENDIAN) & 0xFFFF_FFFFL;
        if (dataLength > maxDataLength)
        {
            return MALFORMED;
        }

        final int dataOffset = position + prefixLength;
        if (length - dataOffset < dataLength)
        {
            return TRUNCATED;
        }

        return accept(dataOffset + (int)dataLength);
    }

    private int accept(final int messageLength)
    {
        this.messageLength = messageLength;

        return NONE;
    }

    private static boolean isValid(final Decimal64Decoder decimal)
    {
        final int exponent = decimal.exponent();
        final long mantissa = decimal.mantissa();

        return exponent >= MIN_EXPONENT && exponent <= MAX_EXPONENT &&
            mantissa >= MIN_MANTISSA && mantissa <= MAX_MANTISSA;
    }

    private static <E extends Enum<E>> boolean[] validCodes(
        final E[] constants, final E nullValue, final ToIntFunction<E> code)
    {
        final boolean[] valid = new boolean[256];
        for (final E constant : constants)
        {
            if (nullValue != constant)
            {
                valid[code.applyAsInt(constant)] = true;
            }
        }

        return valid;
    }
}
