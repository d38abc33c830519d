package io.ticksignal.engine.runtime;

import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.Sequence;
import io.aeron.ControlledFragmentAssembler;
import io.aeron.Subscription;
import io.aeron.logbuffer.ControlledFragmentHandler;
import io.aeron.logbuffer.Header;
import io.ticksignal.engine.counters.CountersFile;
import io.ticksignal.engine.counters.EngineCounters;
import io.ticksignal.engine.pipeline.EngineEvent;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.EpochClock;
import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.status.AtomicCounter;

/**
 * The ingress duty cycle: poll the market-data subscription and put each message into the next ring slot.
 * <ul>
 *     <li>Each message (fragments reassembled) claims one slot, which gets engine sequence
 *     {@code firstEngineSequence + ringSequence}, the receive time from the epoch-nanosecond clock and a copy of
 *     the bytes ({@link EngineEvent#onInput}); then the slot is published to the pipeline.</li>
 *     <li><b>A full ring stops polling.</b> A cycle polls at most {@code min(fragmentLimit, free slots)}
 *     fragments, and none when the ring is full; a message that still finds no slot (a fragmented one) is left in
 *     the subscription with {@code ABORT} and read again later. Nothing is dropped: the unread data holds the
 *     publisher back through Aeron's flow control. Each full-ring pause is counted
 *     ({@code ticksignal: ingress ring full}).</li>
 *     <li>Once a second (by the epoch clock, read once per cycle) it heartbeats the counters file; every cycle
 *     it sets the {@code ring fill} gauge.</li>
 * </ul>
 * Thread: the ingress thread, under an {@code AgentRunner}; the only producer on the ring. Allocation: none per
 * message (the assembler's buffer grows once for a message larger than the MTU).
 */
final class IngressAgent implements Agent, ControlledFragmentHandler
{
    static final long HEARTBEAT_PERIOD_MS = 1000;

    private final Subscription subscription;
    private final RingBuffer<EngineEvent> ring;
    private final Sequence consumed;
    private final long firstEngineSequence;
    private final EpochNanoClock receiveClock;
    private final EpochClock epochClock;
    private final CountersFile countersFile;
    private final EngineCounters counters;
    private final AtomicCounter ringFull;
    private final int fragmentLimit;
    private final ControlledFragmentAssembler assembler = new ControlledFragmentAssembler(this);
    private long lastHeartbeatMs;
    private boolean pausedOnFullRing;

    IngressAgent(
        final Subscription subscription,
        final RingBuffer<EngineEvent> ring,
        final Sequence consumed,
        final long firstEngineSequence,
        final EpochNanoClock receiveClock,
        final EpochClock epochClock,
        final CountersFile countersFile,
        final EngineCounters counters,
        final AtomicCounter ringFull,
        final int fragmentLimit)
    {
        this.subscription = subscription;
        this.ring = ring;
        this.consumed = consumed;
        this.firstEngineSequence = firstEngineSequence;
        this.receiveClock = receiveClock;
        this.epochClock = epochClock;
        this.countersFile = countersFile;
        this.counters = counters;
        this.ringFull = ringFull;
        this.fragmentLimit = fragmentLimit;
    }

    @Override
    public void onStart()
    {
        lastHeartbeatMs = epochClock.time();
        countersFile.heartbeat(lastHeartbeatMs);
    }

    @Override
    public int doWork()
    {
        final long nowMs = epochClock.time();
        if (nowMs - lastHeartbeatMs >= HEARTBEAT_PERIOD_MS)
        {
            lastHeartbeatMs = nowMs;
            countersFile.heartbeat(nowMs);
        }

        int workCount = 0;
        final long freeSlots = ring.remainingCapacity();
        if (freeSlots > 0)
        {
            pausedOnFullRing = false;
            workCount = subscription.controlledPoll(assembler, (int)Math.min(freeSlots, fragmentLimit));
        }
        else
        {
            onRingFull();
        }
        counters.ringFill(ring.getCursor() - consumed.get());

        return workCount;
    }

    @Override
    public Action onFragment(final DirectBuffer buffer, final int offset, final int length, final Header header)
    {
        if (!ring.hasAvailableCapacity(1))
        {
            onRingFull();
            return Action.ABORT;
        }
        final long ringSequence = ring.next();
        try
        {
            ring.get(ringSequence).onInput(
                firstEngineSequence + ringSequence, receiveClock.nanoTime(), buffer, offset, length);
        }
        finally
        {
            // A claimed slot is always published: an unpublished claim would stall the consumer.
            ring.publish(ringSequence);
        }
        return Action.CONTINUE;
    }

    private void onRingFull()
    {
        if (!pausedOnFullRing)
        {
            pausedOnFullRing = true;
            ringFull.increment();
        }
    }

    @Override
    public String roleName()
    {
        return "ticksignal-ingress";
    }
}
