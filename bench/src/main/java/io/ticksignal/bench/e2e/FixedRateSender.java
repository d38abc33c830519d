package io.ticksignal.bench.e2e;

import io.ticksignal.engine.client.OfferResult;
import io.ticksignal.engine.client.TickPublisher;

/**
 * Offers the trade tape at a fixed rate on the calling thread: message {@code i} of a phase is due at the phase's
 * intended time; the sender waits for it (yielding while far off, spinning when close), sends it late when behind
 * and never skips one. A phase stops early only when the sender falls more than {@code maxLagNs} behind its
 * schedule (the engine is not keeping up: that rate is unsustainable, and going on would only stretch the run).
 */
final class FixedRateSender
{
    private static final long YIELD_ABOVE_NS = 20_000L;

    private final TickPublisher publisher;
    private final TradeTape tape;
    private final long maxLagNs;
    private long messagesSent;
    private long offerRetries;
    private long lastSendNs;

    FixedRateSender(final TickPublisher publisher, final TradeTape tape, final long maxLagNs)
    {
        this.publisher = publisher;
        this.tape = tape;
        this.maxLagNs = maxLagNs;
    }

    /**
     * Sends the phase's messages on schedule.
     *
     * @param phase the schedule; its first sequence must be {@link #messagesSent()} + 1.
     * @return messages of the phase sent: its scheduled count, or fewer when the phase stopped early.
     */
    long send(final LatencyPhase phase)
    {
        final long count = phase.scheduledCount();
        for (long i = 0; i < count; i++)
        {
            final long intendedNs = phase.intendedNs(i);
            long nowNs = System.nanoTime();
            while (nowNs - intendedNs < 0)
            {
                if (intendedNs - nowNs > YIELD_ABOVE_NS)
                {
                    Thread.yield();
                }
                else
                {
                    Thread.onSpinWait();
                }
                nowNs = System.nanoTime();
            }
            if (!offer(intendedNs))
            {
                return i;
            }
            if (lastSendNs - intendedNs > maxLagNs)
            {
                return i + 1;
            }
        }
        return count;
    }

    /**
     * @return true when sent; false when back-pressure outlasted the allowed lag (not sent).
     */
    private boolean offer(final long intendedNs)
    {
        long result = tape.offer(publisher, messagesSent);
        while (result < 0)
        {
            if (OfferResult.BACK_PRESSURED != result && OfferResult.ADMIN_ACTION != result)
            {
                throw new IllegalStateException("the market-data publication failed: " + OfferResult.describe(result));
            }
            offerRetries++;
            if (System.nanoTime() - intendedNs > maxLagNs)
            {
                return false;
            }
            Thread.yield();
            result = publisher.offerAgain();
        }
        messagesSent++;
        lastSendNs = System.nanoTime();
        return true;
    }

    /**
     * @return messages sent over the whole run; the engine numbers its inputs 1, 2, 3, ... in this order.
     */
    long messagesSent()
    {
        return messagesSent;
    }

    /**
     * @return offers retried after back-pressure, over the whole run.
     */
    long offerRetries()
    {
        return offerRetries;
    }

    /**
     * @return when the last message was sent, ns.
     */
    long lastSendNs()
    {
        return lastSendNs;
    }
}
