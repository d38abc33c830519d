package io.ticksignal.engine.journal;

import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import io.ticksignal.codecs.sbe.MessageHeaderDecoder;
import io.ticksignal.codecs.sbe.RejectReason;
import io.ticksignal.codecs.sbe.SignalDecoder;
import io.ticksignal.codecs.wire.MessageValidator;
import org.agrona.DirectBuffer;
import org.agrona.ExpandableArrayBuffer;

/**
 * A SHA-256 digest of an output stream, so that a replay can show that it produced the journaled
 * outputs bit for bit, and two replays can be compared by one string.
 * <p>
 * Each output is folded in order as its length (4 bytes, little-endian) followed by its bytes,
 * header included, so that the boundaries between outputs count. In a {@code Signal} the field
 * {@code ingressToDecisionNs} is read as zero: it is a latency measured on the engine's clock,
 * which a replay cannot reproduce. Every other byte counts. Bytes that are not a valid
 * {@code Signal} are folded as they are.
 * <p>
 * Thread: one thread. Allocation: {@link #update} allocates nothing once its scratch buffer has
 * grown to the largest output; {@link #digest()} and {@link #toHexString()} allocate their result.
 */
public final class OutputDigest
{
    /**
     * Length of the digest in bytes.
     */
    public static final int DIGEST_LENGTH = 32;

    private static final int LENGTH_PREFIX = Integer.BYTES;
    private static final int LATENCY_OFFSET =
        MessageHeaderDecoder.ENCODED_LENGTH + SignalDecoder.ingressToDecisionNsEncodingOffset();
    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

    private final MessageDigest sha256 = newSha256();
    private final MessageValidator validator = new MessageValidator();
    private final ExpandableArrayBuffer scratch = new ExpandableArrayBuffer(512);
    private long outputCount;

    /**
     * Folds one output into the digest.
     *
     * @param output buffer holding the output message, header included.
     * @param offset where it starts.
     * @param length its length in bytes.
     */
    public void update(final DirectBuffer output, final int offset, final int length)
    {
        scratch.checkLimit(LENGTH_PREFIX + length);
        scratch.putInt(0, length, ByteOrder.LITTLE_ENDIAN);
        output.getBytes(offset, scratch, LENGTH_PREFIX, length);

        if (isSignal(output, offset, length))
        {
            scratch.putLong(LENGTH_PREFIX + LATENCY_OFFSET, 0L);
        }

        sha256.update(scratch.byteArray(), 0, LENGTH_PREFIX + length);
        outputCount++;
    }

    /**
     * @return the number of outputs folded since construction or {@link #reset()}.
     */
    public long outputCount()
    {
        return outputCount;
    }

    /**
     * The digest of the outputs folded so far; folding may go on afterwards.
     * Allocation: the result and a clone of the digest state.
     *
     * @return the {@link #DIGEST_LENGTH} bytes of SHA-256.
     */
    public byte[] digest()
    {
        try
        {
            return ((MessageDigest)sha256.clone()).digest();
        }
        catch (final CloneNotSupportedException ex)
        {
            throw new IllegalStateException("SHA-256 digest cannot be cloned", ex);
        }
    }

    /**
     * @return {@link #digest()} as 64 lowercase hexadecimal digits.
     */
    public String toHexString()
    {
        final byte[] digest = digest();
        final char[] hex = new char[digest.length * 2];
        for (int i = 0; i < digest.length; i++)
        {
            hex[2 * i] = HEX_DIGITS[(digest[i] >>> 4) & 0xF];
            hex[2 * i + 1] = HEX_DIGITS[digest[i] & 0xF];
        }

        return new String(hex);
    }

    /**
     * Starts again, as if newly constructed.
     */
    public void reset()
    {
        sha256.reset();
        outputCount = 0;
    }

    private boolean isSignal(final DirectBuffer output, final int offset, final int length)
    {
        return RejectReason.NONE.value() == validator.validate(output, offset, length) &&
            SignalDecoder.TEMPLATE_ID == validator.templateId() &&
            LATENCY_OFFSET + Long.BYTES <= validator.messageLength();
    }

    private static MessageDigest newSha256()
    {
        try
        {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (final NoSuchAlgorithmException ex)
        {
            throw new IllegalStateException("every Java platform provides SHA-256", ex);
        }
    }
}
