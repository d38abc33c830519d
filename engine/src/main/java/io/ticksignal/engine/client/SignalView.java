package io.ticksignal.engine.client;

import java.nio.ByteOrder;

import io.ticksignal.codecs.sbe.GroupSizeEncodingDecoder;
import io.ticksignal.codecs.sbe.MessageHeaderDecoder;
import io.ticksignal.codecs.sbe.SignalDecoder;
import org.agrona.DirectBuffer;

/**
 * A read-only flyweight over one received, validated {@code Signal}: its model id and its class
 * probabilities by index (model output order), without decoding them into objects.
 * <p>
 * Valid only during {@link SignalListener#onSignal}; the bytes belong to Aeron's log buffer.
 * Thread-safety: the polling thread only. Allocation: none, except the methods that say they
 * return a new {@link String}.
 */
public final class SignalView
{
    private static final int GROUP_HEADER_LENGTH = GroupSizeEncodingDecoder.ENCODED_LENGTH;
    private static final int LABEL_OFFSET = SignalDecoder.ProbabilitiesDecoder.labelEncodingOffset();
    private static final int LABEL_LENGTH = SignalDecoder.ProbabilitiesDecoder.labelLength();
    private static final int PROBABILITY_OFFSET = SignalDecoder.ProbabilitiesDecoder.probabilityEncodingOffset();

    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final SignalDecoder decoder = new SignalDecoder();
    private final GroupSizeEncodingDecoder groupHeader = new GroupSizeEncodingDecoder();

    private DirectBuffer buffer;
    private int entriesOffset;
    private int entryLength;
    private int probabilityCount;

    /**
     * Wraps a frame that {@link io.ticksignal.codecs.wire.MessageValidator} accepted as a Signal.
     *
     * @param buffer holding the message.
     * @param offset of its message header.
     * @return this.
     */
    SignalView wrap(final DirectBuffer buffer, final int offset)
    {
        this.buffer = buffer;
        header.wrap(buffer, offset);
        final int blockLength = header.blockLength();
        decoder.wrap(buffer, offset + MessageHeaderDecoder.ENCODED_LENGTH, blockLength, header.version());
        final int groupOffset = offset + MessageHeaderDecoder.ENCODED_LENGTH + blockLength;
        groupHeader.wrap(buffer, groupOffset);
        entryLength = groupHeader.blockLength();
        probabilityCount = groupHeader.numInGroup();
        entriesOffset = groupOffset + GROUP_HEADER_LENGTH;
        return this;
    }

    /**
     * @return the generated decoder, positioned on this signal's fixed fields.
     */
    public SignalDecoder decoder()
    {
        return decoder;
    }

    /**
     * @return how many class probabilities the signal carries (0..255).
     */
    public int probabilityCount()
    {
        return probabilityCount;
    }

    /**
     * @param index 0 to {@link #probabilityCount()} - 1, in model output order.
     * @return that class's probability.
     * @throws IndexOutOfBoundsException if the index is out of range.
     */
    public double probability(final int index)
    {
        return buffer.getDouble(entryOffset(index) + PROBABILITY_OFFSET, ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * Copies a class label's bytes (US-ASCII, up to 8, without the NUL padding).
     *
     * @param index 0 to {@link #probabilityCount()} - 1.
     * @param dst   at least 8 bytes from {@code dstOffset}.
     * @param dstOffset where to copy to.
     * @return the label's length in bytes.
     * @throws IndexOutOfBoundsException if the index is out of range.
     */
    public int getLabel(final int index, final byte[] dst, final int dstOffset)
    {
        final int labelOffset = entryOffset(index) + LABEL_OFFSET;
        int length = 0;
        while (length < LABEL_LENGTH && 0 != buffer.getByte(labelOffset + length))
        {
            length++;
        }
        buffer.getBytes(labelOffset, dst, dstOffset, length);
        return length;
    }

    /**
     * Allocates; for tools and logs, not the hot path.
     *
     * @param index 0 to {@link #probabilityCount()} - 1.
     * @return the class label, e.g. {@code UP}.
     */
    public String label(final int index)
    {
        final byte[] bytes = new byte[LABEL_LENGTH];
        final int length = getLabel(index, bytes, 0);
        return new String(bytes, 0, length, java.nio.charset.StandardCharsets.US_ASCII);
    }

    /**
     * Allocates; for tools and logs, not the hot path.
     *
     * @return the model id (name), without NUL padding.
     */
    public String modelId()
    {
        final String padded = decoder.modelId();
        final int nul = padded.indexOf('\0');
        return nul < 0 ? padded : padded.substring(0, nul);
    }

    private int entryOffset(final int index)
    {
        if (index < 0 || index >= probabilityCount)
        {
            throw new IndexOutOfBoundsException("probability index " + index + " of " + probabilityCount);
        }
        return entriesOffset + index * entryLength;
    }
}
