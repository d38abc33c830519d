package io.ticksignal.replay.verify;

import io.ticksignal.codecs.sbe.MessageHeaderDecoder;
import io.ticksignal.codecs.sbe.SignalDecoder;
import org.agrona.DirectBuffer;

/**
 * Compares two encoded signals field by field, {@code ingressToDecisionNs} aside. Equal bytes outside that field
 * are the fast path (no decoding, no allocation); otherwise both are decoded and the first differing field, in
 * schema order, is named. Doubles are compared by their bits, so -0.0 and 0.0 or two NaNs of different payloads
 * differ as they would in the bytes.
 * <p>
 * Thread: one. Allocation: none when equal; the mismatch description otherwise.
 */
final class SignalComparator
{
    static final int LATENCY_OFFSET =
        MessageHeaderDecoder.ENCODED_LENGTH + SignalDecoder.ingressToDecisionNsEncodingOffset();

    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final SignalDecoder journaled = new SignalDecoder();
    private final SignalDecoder replayed = new SignalDecoder();

    /**
     * @return null when equal, else the first differing field (position and sequence filled by the caller's
     * arguments).
     */
    SignalMismatch compare(
        final long position,
        final long engineSequence,
        final DirectBuffer journaledBuffer,
        final int journaledLength,
        final DirectBuffer replayedBuffer,
        final int replayedLength)
    {
        if (sameBytes(journaledBuffer, journaledLength, replayedBuffer, replayedLength))
        {
            return null;
        }
        journaled.wrapAndApplyHeader(journaledBuffer, 0, header);
        replayed.wrapAndApplyHeader(replayedBuffer, 0, header);
        final String[] difference = firstDifference();
        return new SignalMismatch(position, engineSequence, difference[0], difference[1], difference[2]);
    }

    private static boolean sameBytes(
        final DirectBuffer a, final int aLength, final DirectBuffer b, final int bLength)
    {
        if (aLength != bLength)
        {
            return false;
        }
        if (aLength < LATENCY_OFFSET + Long.BYTES)
        {
            return equalRange(a, b, 0, aLength);
        }
        return equalRange(a, b, 0, LATENCY_OFFSET) &&
            equalRange(a, b, LATENCY_OFFSET + Long.BYTES, aLength);
    }

    private static boolean equalRange(final DirectBuffer a, final DirectBuffer b, final int from, final int to)
    {
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES)
        {
            if (a.getLong(i) != b.getLong(i))
            {
                return false;
            }
        }
        for (; i < to; i++)
        {
            if (a.getByte(i) != b.getByte(i))
            {
                return false;
            }
        }
        return true;
    }

    private String[] firstDifference()
    {
        if (journaled.instrumentId() != replayed.instrumentId())
        {
            return diff("instrumentId", journaled.instrumentId(), replayed.instrumentId());
        }
        if (journaled.eventTimeNs() != replayed.eventTimeNs())
        {
            return diff("eventTimeNs", journaled.eventTimeNs(), replayed.eventTimeNs());
        }
        if (journaled.directionRaw() != replayed.directionRaw())
        {
            return new String[]{ "direction", journaled.direction().name(), replayed.direction().name() };
        }
        if (Double.doubleToRawLongBits(journaled.confidence()) != Double.doubleToRawLongBits(replayed.confidence()))
        {
            return diff("confidence", journaled.confidence(), replayed.confidence());
        }
        final String journaledModel = modelId(journaled);
        final String replayedModel = modelId(replayed);
        if (!journaledModel.equals(replayedModel))
        {
            return new String[]{ "modelId", journaledModel, replayedModel };
        }
        if (journaled.modelVersion() != replayed.modelVersion())
        {
            return diff("modelVersion", journaled.modelVersion(), replayed.modelVersion());
        }
        if (journaled.engineSequence() != replayed.engineSequence())
        {
            return diff("engineSequence", journaled.engineSequence(), replayed.engineSequence());
        }
        return firstProbabilityDifference();
    }

    private String[] firstProbabilityDifference()
    {
        final SignalDecoder.ProbabilitiesDecoder a = journaled.probabilities();
        final SignalDecoder.ProbabilitiesDecoder b = replayed.probabilities();
        if (a.count() != b.count())
        {
            return diff("probabilities.count", a.count(), b.count());
        }
        for (int i = 0; a.hasNext(); i++)
        {
            a.next();
            b.next();
            final String labelA = a.label();
            final String labelB = b.label();
            if (!labelA.equals(labelB))
            {
                return new String[]{ "probabilities[" + i + "].label", labelA, labelB };
            }
            if (Double.doubleToRawLongBits(a.probability()) != Double.doubleToRawLongBits(b.probability()))
            {
                return diff("probabilities[" + i + "].probability", a.probability(), b.probability());
            }
        }
        return new String[]{ "bytes", "(same fields, other bytes)", "(same fields, other bytes)" };
    }

    private static String modelId(final SignalDecoder decoder)
    {
        final StringBuilder text = new StringBuilder();
        decoder.getModelId(text);
        return text.toString();
    }

    private static String[] diff(final String field, final long journaledValue, final long replayedValue)
    {
        return new String[]{ field, Long.toString(journaledValue), Long.toString(replayedValue) };
    }

    private static String[] diff(final String field, final double journaledValue, final double replayedValue)
    {
        return new String[]{ field, Double.toString(journaledValue), Double.toString(replayedValue) };
    }
}
