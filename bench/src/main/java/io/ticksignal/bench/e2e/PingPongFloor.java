package io.ticksignal.bench.e2e;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicReference;

import io.aeron.Aeron;
import io.aeron.ExclusivePublication;
import io.aeron.Publication;
import io.aeron.Subscription;
import io.aeron.logbuffer.FragmentHandler;
import io.aeron.logbuffer.Header;
import org.HdrHistogram.Histogram;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.AgentRunner;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.YieldingIdleStrategy;

/**
 * The floor: a bare Aeron IPC ping-pong on the engine's own embedded driver. The calling thread offers a ping
 * stamped with its send time, an echo thread sends it back on a second stream, and the caller records the round
 * trip when the pong arrives (closed loop: one message in flight, so no coordinated omission to correct).
 */
final class PingPongFloor
{
    private static final String CHANNEL = "aeron:ipc";
    private static final int MESSAGE_LENGTH = 64;
    private static final long CONNECT_TIMEOUT_NS = 10_000_000_000L;

    private final Aeron aeron;
    private final int pingStreamId;
    private final int pongStreamId;

    PingPongFloor(final Aeron aeron, final int pingStreamId, final int pongStreamId)
    {
        this.aeron = aeron;
        this.pingStreamId = pingStreamId;
        this.pongStreamId = pongStreamId;
    }

    /**
     * Runs warm-up then measurement round trips.
     *
     * @param warmUpNs  how long to ping before recording.
     * @param measureNs how long to record.
     * @return the round-trip times, ns.
     */
    Histogram run(final long warmUpNs, final long measureNs)
    {
        final AtomicReference<Throwable> echoError = new AtomicReference<>();
        try (ExclusivePublication ping = aeron.addExclusivePublication(CHANNEL, pingStreamId);
            Subscription pong = aeron.addSubscription(CHANNEL, pongStreamId);
            Echo echo = new Echo(aeron.addSubscription(CHANNEL, pingStreamId),
                aeron.addExclusivePublication(CHANNEL, pongStreamId));
            AgentRunner echoRunner = new AgentRunner(new YieldingIdleStrategy(), echoError::set,
                null, echo))
        {
            AgentRunner.startOnThread(echoRunner);
            awaitConnected(ping, pong);
            final Pinger pinger = new Pinger(ping, pong, echoError);
            pinger.roundTrips(System.nanoTime() + warmUpNs, null);
            final Histogram histogram = new Histogram(LatencyPhase.HIGHEST_TRACKABLE_NS, 3);
            pinger.roundTrips(System.nanoTime() + measureNs, histogram);
            return histogram;
        }
    }

    private static void awaitConnected(final Publication ping, final Subscription pong)
    {
        final long deadlineNs = System.nanoTime() + CONNECT_TIMEOUT_NS;
        while (!ping.isConnected() || !pong.isConnected())
        {
            if (System.nanoTime() - deadlineNs > 0)
            {
                throw new IllegalStateException("the ping-pong streams did not connect within 10 s");
            }
            Thread.yield();
        }
    }

    /**
     * The caller's side: one ping in flight at a time.
     */
    private static final class Pinger implements FragmentHandler
    {
        private final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(MESSAGE_LENGTH));
        private final ExclusivePublication ping;
        private final Subscription pong;
        private final AtomicReference<Throwable> echoError;
        private Histogram histogram;
        private boolean answered;

        Pinger(final ExclusivePublication ping, final Subscription pong, final AtomicReference<Throwable> echoError)
        {
            this.ping = ping;
            this.pong = pong;
            this.echoError = echoError;
        }

        void roundTrips(final long untilNs, final Histogram histogram)
        {
            this.histogram = histogram;
            while (System.nanoTime() - untilNs < 0)
            {
                final long sentNs = System.nanoTime();
                buffer.putLong(0, sentNs);
                while (ping.offer(buffer, 0, MESSAGE_LENGTH) < 0)
                {
                    checkAlive(sentNs);
                    Thread.onSpinWait();
                }
                answered = false;
                while (!answered)
                {
                    if (0 == pong.poll(this, 1))
                    {
                        checkAlive(sentNs);
                        Thread.onSpinWait();
                    }
                }
            }
        }

        private void checkAlive(final long sentNs)
        {
            final Throwable error = echoError.get();
            if (null != error)
            {
                throw new IllegalStateException("the ping-pong echo thread failed", error);
            }
            if (System.nanoTime() - sentNs > CONNECT_TIMEOUT_NS)
            {
                throw new IllegalStateException("no pong within 10 s");
            }
        }

        @Override
        public void onFragment(final DirectBuffer message, final int offset, final int length, final Header header)
        {
            final long rttNs = System.nanoTime() - message.getLong(offset);
            if (null != histogram)
            {
                histogram.recordValue(Math.min(Math.max(0, rttNs), LatencyPhase.HIGHEST_TRACKABLE_NS));
            }
            answered = true;
        }
    }

    /**
     * The echo thread: sends every ping back on the pong stream.
     */
    private static final class Echo implements Agent, FragmentHandler, AutoCloseable
    {
        private final Subscription pings;
        private final ExclusivePublication pongs;

        Echo(final Subscription pings, final ExclusivePublication pongs)
        {
            this.pings = pings;
            this.pongs = pongs;
        }

        @Override
        public int doWork()
        {
            return pings.poll(this, 16);
        }

        @Override
        public void onFragment(final DirectBuffer message, final int offset, final int length, final Header header)
        {
            long result = pongs.offer(message, offset, length);
            while (result < 0 && Publication.CLOSED != result && Publication.NOT_CONNECTED != result)
            {
                Thread.onSpinWait();
                result = pongs.offer(message, offset, length);
            }
        }

        @Override
        public String roleName()
        {
            return "ticksignal-e2e-echo";
        }

        @Override
        public void close()
        {
            pongs.close();
            pings.close();
        }
    }
}
