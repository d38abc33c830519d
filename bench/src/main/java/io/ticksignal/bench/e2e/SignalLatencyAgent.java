package io.ticksignal.bench.e2e;

import io.aeron.Aeron;
import io.ticksignal.codecs.sbe.Direction;
import io.ticksignal.engine.client.SignalListener;
import io.ticksignal.engine.client.SignalSubscriber;
import io.ticksignal.engine.client.SignalView;
import org.agrona.concurrent.Agent;

/**
 * The measuring strategy: polls the signal stream and hands each signal's engine sequence and receive time to the
 * active {@link LatencyPhase}. The harness switches phases with {@link #activate(LatencyPhase)} and waits for
 * {@link #isActive(LatencyPhase)}, after which the previous phase is no longer touched by this thread.
 */
final class SignalLatencyAgent implements Agent, SignalListener
{
    private static final int FRAGMENT_LIMIT = 256;

    private final SignalSubscriber subscriber;
    private volatile LatencyPhase requested;
    private volatile LatencyPhase acknowledged;
    private LatencyPhase active;
    private volatile long strays;

    SignalLatencyAgent(final Aeron aeron, final String channel, final int streamId)
    {
        subscriber = SignalSubscriber.create(aeron, channel, streamId, this);
    }

    @Override
    public int doWork()
    {
        final LatencyPhase phase = requested;
        if (phase != active)
        {
            active = phase;
            acknowledged = phase;
        }
        return subscriber.poll(FRAGMENT_LIMIT);
    }

    @Override
    public String roleName()
    {
        return "ticksignal-e2e-subscriber";
    }

    @Override
    public void onSignal(
        final int instrumentId, final long eventTimeNs, final Direction direction, final double confidence,
        final long modelVersion, final long engineSequence, final long ingressToDecisionNs, final SignalView signal)
    {
        final long receiveNs = System.nanoTime();
        final LatencyPhase phase = active;
        if (null == phase || !phase.onSignal(engineSequence, receiveNs))
        {
            strays = strays + 1;
        }
    }

    void activate(final LatencyPhase phase)
    {
        requested = phase;
    }

    boolean isActive(final LatencyPhase phase)
    {
        return acknowledged == phase;
    }

    boolean isConnected()
    {
        return subscriber.isConnected();
    }

    /**
     * @return signals that belonged to no active phase (late from an earlier phase, or unexpected).
     */
    long strays()
    {
        return strays;
    }

    @Override
    public void onClose()
    {
        subscriber.close();
    }
}
