package io.ticksignal.engine.pipeline;

import java.util.ArrayList;
import java.util.List;

import io.ticksignal.codecs.sbe.MessageHeaderDecoder;
import io.ticksignal.codecs.sbe.SignalDecoder;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Keeps a copy of every signal's bytes.
 */
final class CollectingSignalSink implements SignalSink
{
    final List<byte[]> signals = new ArrayList<>();

    @Override
    public void onSignal(final long engineSequence, final DirectBuffer buffer, final int offset, final int length)
    {
        final byte[] bytes = new byte[length];
        buffer.getBytes(offset, bytes);
        signals.add(bytes);
    }

    static SignalDecoder decode(final byte[] bytes)
    {
        final SignalDecoder decoder = new SignalDecoder();
        decoder.wrapAndApplyHeader(new UnsafeBuffer(bytes), 0, new MessageHeaderDecoder());
        return decoder;
    }

    /**
     * @return the bytes with ingressToDecisionNs zeroed, the one field allowed to differ between runs.
     */
    static byte[] withoutLatency(final byte[] bytes)
    {
        final byte[] copy = bytes.clone();
        final UnsafeBuffer buffer = new UnsafeBuffer(copy);
        buffer.putLong(MessageHeaderDecoder.ENCODED_LENGTH + SignalDecoder.ingressToDecisionNsEncodingOffset(), 0L);
        return copy;
    }
}
