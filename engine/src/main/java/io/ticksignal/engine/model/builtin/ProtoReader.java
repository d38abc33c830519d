package io.ticksignal.engine.model.builtin;

import java.nio.charset.StandardCharsets;

/**
 * A minimal reader of the protobuf wire format over a byte array: tags, varints, fixed32/64 and length-delimited
 * fields, enough to walk an ONNX {@code ModelProto} without a protobuf dependency. Cold path (model loading).
 * Every malformed input ends in an {@link IllegalArgumentException} naming the byte offset.
 */
final class ProtoReader
{
    static final int VARINT = 0;
    static final int FIXED64 = 1;
    static final int LENGTH_DELIMITED = 2;
    static final int FIXED32 = 5;

    private final byte[] bytes;
    private final int limit;
    private int position;

    ProtoReader(final byte[] bytes, final int offset, final int limit)
    {
        this.bytes = bytes;
        this.position = offset;
        this.limit = limit;
    }

    boolean hasMore()
    {
        return position < limit;
    }

    /**
     * @return the next tag: field number {@code << 3 | wire type}.
     */
    int readTag()
    {
        return (int)readVarint();
    }

    long readVarint()
    {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7)
        {
            final byte b = next();
            value |= (long)(b & 0x7F) << shift;
            if (b >= 0)
            {
                return value;
            }
        }
        throw malformed("varint longer than 10 bytes");
    }

    int readFixed32()
    {
        int value = 0;
        for (int i = 0; i < 4; i++)
        {
            value |= (next() & 0xFF) << (8 * i);
        }
        return value;
    }

    float readFloat()
    {
        return Float.intBitsToFloat(readFixed32());
    }

    ProtoReader readMessage()
    {
        final int length = readLength();
        final ProtoReader message = new ProtoReader(bytes, position, position + length);
        position += length;
        return message;
    }

    String readString()
    {
        final int length = readLength();
        final String text = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        return text;
    }

    void skip(final int wireType)
    {
        switch (wireType)
        {
            case VARINT -> readVarint();
            case FIXED64 -> advance(8);
            case LENGTH_DELIMITED -> advance(readLength());
            case FIXED32 -> advance(4);
            default -> throw malformed("unsupported wire type " + wireType);
        }
    }

    private int readLength()
    {
        final long length = readVarint();
        if (length < 0 || length > limit - position)
        {
            throw malformed("field length " + length + " runs past the end of its message");
        }
        return (int)length;
    }

    private void advance(final int count)
    {
        if (count > limit - position)
        {
            throw malformed("field runs past the end of its message");
        }
        position += count;
    }

    private byte next()
    {
        if (position >= limit)
        {
            throw malformed("message ends in the middle of a field");
        }
        return bytes[position++];
    }

    private IllegalArgumentException malformed(final String detail)
    {
        return new IllegalArgumentException("not a valid ONNX protobuf at byte " + position + ": " + detail);
    }
}
