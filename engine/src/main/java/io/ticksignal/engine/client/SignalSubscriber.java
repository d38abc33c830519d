package io.ticksignal.engine.client;

import io.aeron.Aeron;
import io.aeron.FragmentAssembler;
import io.aeron.Subscription;
import io.aeron.logbuffer.FragmentHandler;
import io.aeron.logbuffer.Header;
import io.ticksignal.codecs.sbe.RejectReason;
import io.ticksignal.codecs.sbe.SignalDecoder;
import io.ticksignal.codecs.wire.MessageValidator;
import org.agrona.DirectBuffer;

/**
 * Receives the engine's signals for a strategy: polls an Aeron subscription on the signal stream,
 * reassembles fragmented messages, validates each frame and calls a {@link SignalListener} with
 * primitives.
 * <pre>{@code
 * try (AeronSession session = AeronSession.forClient(driverDirectory, null);
 *      SignalSubscriber signals = SignalSubscriber.create(session.aeron(), "aeron:ipc", 1002, listener))
 * {
 *     IdleStrategy idle = IdleStrategies.newBackoff();
 *     while (running)
 *     {
 *         idle.idle(signals.poll(10));
 *     }
 * }
 * }</pre>
 * A frame that is not a valid message is counted ({@link #invalidFrames()}, with the last
 * {@link RejectReason}) and skipped, never thrown; a valid message of another kind is counted
 * as {@link #otherMessages()}. Exceptions thrown by the listener propagate out of {@link #poll}.
 * <p>
 * Thread-safety: one polling thread; the counters may be read by that thread only.
 * Allocation: none per message (the assembler's buffer grows once for a message larger than the MTU).
 */
public final class SignalSubscriber implements AutoCloseable
{
    private final Subscription subscription;
    private final SignalListener listener;
    private final MessageValidator validator = new MessageValidator();
    private final SignalView view = new SignalView();
    private final FragmentAssembler assembler = new FragmentAssembler(new Handler());

    private long signalsReceived;
    private long invalidFrames;
    private long otherMessages;
    private int lastRejectReason = RejectReason.NONE.value();

    /**
     * Wraps a subscription, which this subscriber then owns and closes.
     *
     * @param subscription on the signal channel and stream.
     * @param listener     called once per valid signal.
     */
    public SignalSubscriber(final Subscription subscription, final SignalListener listener)
    {
        this.subscription = subscription;
        this.listener = listener;
    }

    /**
     * Adds a subscription and wraps it. Blocks until the driver has created it; call at start-up.
     *
     * @param aeron    a connected client.
     * @param channel  the signal channel, e.g. {@code aeron:ipc}.
     * @param streamId the signal stream id.
     * @param listener called once per valid signal.
     * @return the subscriber; close it to close the subscription.
     */
    public static SignalSubscriber create(
        final Aeron aeron, final String channel, final int streamId, final SignalListener listener)
    {
        return new SignalSubscriber(aeron.addSubscription(channel, streamId), listener);
    }

    /**
     * Polls for up to {@code fragmentLimit} fragments; never blocks.
     *
     * @param fragmentLimit the most fragments to read in this call.
     * @return fragments read (0 when there was nothing: hand it to an idle strategy).
     */
    public int poll(final int fragmentLimit)
    {
        return subscription.poll(assembler, fragmentLimit);
    }

    /**
     * @return whether at least one publisher (the engine) is connected.
     */
    public boolean isConnected()
    {
        return subscription.isConnected();
    }

    /**
     * @return the underlying subscription.
     */
    public Subscription subscription()
    {
        return subscription;
    }

    /**
     * @return valid signals delivered to the listener.
     */
    public long signalsReceived()
    {
        return signalsReceived;
    }

    /**
     * @return frames that were not a valid message, skipped.
     */
    public long invalidFrames()
    {
        return invalidFrames;
    }

    /**
     * @return valid messages of a kind other than Signal, skipped.
     */
    public long otherMessages()
    {
        return otherMessages;
    }

    /**
     * @return the {@link RejectReason} value of the last invalid frame, {@code NONE} if there was none.
     */
    public int lastRejectReason()
    {
        return lastRejectReason;
    }

    /**
     * Closes the subscription.
     */
    @Override
    public void close()
    {
        subscription.close();
    }

    private void onMessage(final DirectBuffer buffer, final int offset, final int length)
    {
        final int reason = validator.validate(buffer, offset, length);
        if (RejectReason.NONE.value() != reason)
        {
            invalidFrames++;
            lastRejectReason = reason;
            return;
        }
        if (SignalDecoder.TEMPLATE_ID != validator.templateId())
        {
            otherMessages++;
            return;
        }

        final SignalDecoder signal = view.wrap(buffer, offset).decoder();
        signalsReceived++;
        listener.onSignal(
            (int)signal.instrumentId(),
            signal.eventTimeNs(),
            signal.direction(),
            signal.confidence(),
            signal.modelVersion(),
            signal.engineSequence(),
            signal.ingressToDecisionNs(),
            view);
    }

    private final class Handler implements FragmentHandler
    {
        @Override
        public void onFragment(final DirectBuffer buffer, final int offset, final int length, final Header header)
        {
            onMessage(buffer, offset, length);
        }
    }
}
