package io.ticksignal.engine.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.aeron.Aeron;
import io.ticksignal.codecs.sbe.Direction;
import io.ticksignal.codecs.sbe.GroupSizeEncodingDecoder;
import io.ticksignal.codecs.sbe.MessageHeaderDecoder;
import io.ticksignal.codecs.sbe.SignalDecoder;
import io.ticksignal.config.AeronStreamConfig;
import io.ticksignal.engine.client.SignalListener;
import io.ticksignal.engine.client.SignalSubscriber;
import io.ticksignal.engine.client.SignalView;
import io.ticksignal.engine.journal.OutputDigest;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.AgentRunner;
import org.agrona.concurrent.SleepingIdleStrategy;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * A strategy for tests: a {@link SignalSubscriber} polled on its own thread, keeping every signal's bytes.
 */
final class SignalCollector implements Agent, SignalListener, AutoCloseable
{
    private final SignalSubscriber subscriber;
    private final AgentRunner runner;
    final List<byte[]> signals = new ArrayList<>();
    final List<Long> engineSequences = new ArrayList<>();
    final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private volatile long received;

    SignalCollector(final Aeron aeron, final AeronStreamConfig stream)
    {
        subscriber = SignalSubscriber.create(aeron, stream.channel(), stream.streamId(), this);
        runner = new AgentRunner(new SleepingIdleStrategy(100_000), errors::add, null, this);
        AgentRunner.startOnThread(runner);
    }

    @Override
    public int doWork()
    {
        return subscriber.poll(256);
    }

    @Override
    public String roleName()
    {
        return "test-signal-collector";
    }

    @Override
    public void onSignal(
        final int instrumentId, final long eventTimeNs, final Direction direction, final double confidence,
        final long modelVersion, final long engineSequence, final long ingressToDecisionNs, final SignalView signal)
    {
        final SignalDecoder decoder = signal.decoder();
        final int start = decoder.offset() - MessageHeaderDecoder.ENCODED_LENGTH;
        final int length = MessageHeaderDecoder.ENCODED_LENGTH + SignalDecoder.BLOCK_LENGTH +
            GroupSizeEncodingDecoder.ENCODED_LENGTH +
            signal.probabilityCount() * SignalDecoder.ProbabilitiesDecoder.sbeBlockLength();
        final byte[] copy = new byte[length];
        decoder.buffer().getBytes(start, copy);
        signals.add(copy);
        engineSequences.add(engineSequence);
        received++;
    }

    boolean isConnected()
    {
        return subscriber.isConnected();
    }

    long received()
    {
        return received;
    }

    /**
     * @return the digest of the signals received; call after {@link #close()}.
     */
    String digest()
    {
        final OutputDigest digest = new OutputDigest();
        for (final byte[] signal : signals)
        {
            digest.update(new UnsafeBuffer(signal), 0, signal.length);
        }
        return digest.toHexString();
    }

    @Override
    public void close()
    {
        runner.close();
        subscriber.close();
    }
}
