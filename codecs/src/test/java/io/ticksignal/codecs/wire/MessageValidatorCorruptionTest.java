package io.ticksignal.codecs.wire;

import static io.ticksignal.codecs.wire.Frames.HEADER_LENGTH;
import static io.ticksignal.codecs.wire.Frames.copyOf;
import static io.ticksignal.codecs.wire.Frames.encoded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import io.ticksignal.codecs.sbe.RejectReason;
import io.ticksignal.codecs.sbe.SampleMessage;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The validator's contract under arbitrary input: it answers one of its documented codes and never
 * throws, and whatever it accepts the generated decoders read completely (every field, enum,
 * group entry and var-data byte) within the message length it reported. Buffers are exactly as
 * large as the frame, so any read past it fails Agrona's bounds check. Random input is seeded,
 * so a failure replays identically.
 */
final class MessageValidatorCorruptionTest
{
    private static final int NONE = RejectReason.NONE.value();
    private static final int[] DOCUMENTED_CODES =
    {
        RejectReason.NONE.value(),
        RejectReason.TRUNCATED.value(),
        RejectReason.UNKNOWN_SCHEMA.value(),
        RejectReason.UNSUPPORTED_VERSION.value(),
        RejectReason.UNKNOWN_TEMPLATE.value(),
        RejectReason.MALFORMED.value(),
        RejectReason.INVALID_BOOK_LEVEL.value(),
    };
    private static final byte[] CORRUPT_VALUES =
        {0x00, 0x01, 0x02, 0x07, 0x13, 0x14, 0x7F, (byte)0x80, (byte)0xED, (byte)0xFE, (byte)0xFF};
    private static final SampleMessage[] MESSAGES = SampleMessage.values();

    private final MessageValidator validator = new MessageValidator();
    private final int[] seen = new int[256];

    @ParameterizedTest
    @EnumSource(SampleMessage.class)
    void shouldOnlyAcceptDecodableFramesWhenAnyOneByteIsCorrupted(final SampleMessage message)
    {
        final UnsafeBuffer frame = encoded(message);
        final int length = frame.capacity();
        for (int position = 0; position < length; position++)
        {
            for (final byte value : CORRUPT_VALUES)
            {
                final UnsafeBuffer corrupted = copyOf(frame, 0, length);
                corrupted.putByte(position, value);
                assertContract(corrupted, 0, length, "byte " + position + " = " + value);
            }
        }

        assertTrue(seen[NONE] > 0, "some corruptions leave a valid message (e.g. in a timestamp)");
        assertTrue(seen[RejectReason.UNKNOWN_SCHEMA.value()] > 0);
        assertTrue(seen[RejectReason.UNKNOWN_TEMPLATE.value()] > 0);
    }

    @Test
    void shouldOnlyAcceptDecodableFramesForRandomlyMutatedAndResizedMessages()
    {
        final SplittableRandom random = new SplittableRandom(0x7C5E_1A11L);
        final UnsafeBuffer scratch = new UnsafeBuffer(new byte[1024]);

        for (int iteration = 0; iteration < 20_000; iteration++)
        {
            final SampleMessage message = MESSAGES[random.nextInt(MESSAGES.length)];
            final int encodedLength = message.encode(scratch, 0);
            final int offset = random.nextInt(4);
            final int length = random.nextInt(encodedLength + 9);
            final UnsafeBuffer frame = new UnsafeBuffer(new byte[offset + length]);
            random.nextBytes(frame.byteArray());
            frame.putBytes(offset, scratch, 0, Math.min(length, encodedLength));

            final int mutations = random.nextInt(4);
            for (int i = 0; i < mutations && length > 0; i++)
            {
                frame.putByte(offset + random.nextInt(length), (byte)random.nextInt(256));
            }

            assertContract(frame, offset, length, "iteration " + iteration);
        }

        for (final int code : DOCUMENTED_CODES)
        {
            assertTrue(seen[code] > 0, "never answered " + code);
        }
    }

    @Test
    void shouldNeverAcceptRandomBytesWithoutOurHeader()
    {
        final SplittableRandom random = new SplittableRandom(42L);
        for (int iteration = 0; iteration < 20_000; iteration++)
        {
            final int length = random.nextInt(200);
            final UnsafeBuffer frame = new UnsafeBuffer(new byte[length]);
            random.nextBytes(frame.byteArray());
            if (length >= HEADER_LENGTH)
            {
                // Force a foreign schema id so the expected answer is known.
                frame.putByte(4, (byte)(7 + 1 + random.nextInt(200)));
            }

            final int result = validator.validate(frame, 0, length);
            assertEquals(
                length < HEADER_LENGTH ? RejectReason.TRUNCATED.value() : RejectReason.UNKNOWN_SCHEMA.value(),
                result,
                "iteration " + iteration);
        }
    }

    private void assertContract(final DirectBuffer buffer, final int offset, final int length, final String what)
    {
        final int result = validator.validate(buffer, offset, length);
        assertTrue(isDocumented(result), what + ": undocumented code " + result);
        seen[result]++;

        if (NONE == result)
        {
            final int messageLength = validator.messageLength();
            assertTrue(messageLength >= HEADER_LENGTH && messageLength <= length, what + ": length " + messageLength);
            final UnsafeBuffer exact = copyOf(buffer, offset, messageLength);
            assertEquals(messageLength, Frames.decodeFully(exact, 0), what);
        }
        else
        {
            assertEquals(0, validator.messageLength(), what);
        }
    }

    private static boolean isDocumented(final int code)
    {
        for (final int documented : DOCUMENTED_CODES)
        {
            if (documented == code)
            {
                return true;
            }
        }

        return false;
    }
}
