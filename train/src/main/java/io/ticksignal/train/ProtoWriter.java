package io.ticksignal.train;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A minimal writer of the protobuf wire format into a growing byte array: varint, fixed32/64, length-delimited
 * (strings, bytes, nested messages) and packed repeated fields, enough to write an ONNX {@code ModelProto} without a
 * protobuf dependency. A nested message is written into its own writer and then embedded with
 * {@link #message(int, ProtoWriter)}. Fields come out in the order they are written, so the same calls give the same
 * bytes. Cold path (export); one instance per message.
 */
final class ProtoWriter
{
    private static final int VARINT = 0;
    private static final int FIXED64 = 1;
    private static final int LENGTH_DELIMITED = 2;
    private static final int FIXED32 = 5;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    ProtoWriter int64(final int field, final long value)
    {
        tag(field, VARINT);
        varint(value);
        return this;
    }

    ProtoWriter float32(final int field, final float value)
    {
        tag(field, FIXED32);
        fixed32(Float.floatToRawIntBits(value));
        return this;
    }

    ProtoWriter float64(final int field, final double value)
    {
        tag(field, FIXED64);
        fixed64(Double.doubleToRawLongBits(value));
        return this;
    }

    ProtoWriter string(final int field, final String value)
    {
        return bytes(field, value.getBytes(StandardCharsets.UTF_8));
    }

    ProtoWriter bytes(final int field, final byte[] value)
    {
        tag(field, LENGTH_DELIMITED);
        varint(value.length);
        bytes.writeBytes(value);
        return this;
    }

    ProtoWriter message(final int field, final ProtoWriter message)
    {
        return bytes(field, message.toByteArray());
    }

    ProtoWriter packedInt64s(final int field, final long[] values)
    {
        final ProtoWriter packed = new ProtoWriter();
        for (final long value : values)
        {
            packed.varint(value);
        }
        return bytes(field, packed.toByteArray());
    }

    ProtoWriter packedFloats(final int field, final float[] values)
    {
        final ProtoWriter packed = new ProtoWriter();
        for (final float value : values)
        {
            packed.fixed32(Float.floatToRawIntBits(value));
        }
        return bytes(field, packed.toByteArray());
    }

    byte[] toByteArray()
    {
        return bytes.toByteArray();
    }

    private void tag(final int field, final int wireType)
    {
        varint((long)field << 3 | wireType);
    }

    private void varint(final long value)
    {
        long rest = value;
        while ((rest & ~0x7FL) != 0)
        {
            bytes.write((int)(rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        bytes.write((int)rest);
    }

    private void fixed32(final int value)
    {
        for (int i = 0; i < 4; i++)
        {
            bytes.write(value >>> (8 * i) & 0xFF);
        }
    }

    private void fixed64(final long value)
    {
        for (int i = 0; i < 8; i++)
        {
            bytes.write((int)(value >>> (8 * i) & 0xFF));
        }
    }
}
