package io.ticksignal.bench.e2e;

import org.HdrHistogram.Histogram;

/**
 * One offered rate's schedule, and what the subscriber measured against it. Message {@code i} (0-based) of the
 * phase is the engine's input {@code firstSequence + i} and is intended at {@code startNs + i / rate}; the first
 * {@code warmUpCount} messages are received but not recorded.
 * <p>
 * Single writer: the subscriber thread writes the histogram and the counts while the phase is active; the harness
 * reads them only after the subscriber has moved to another phase.
 */
final class LatencyPhase
{
    /** Largest latency the histogram tracks, ns (larger values are clamped to it). */
    static final long HIGHEST_TRACKABLE_NS = 120_000_000_000L;
    private static final long NS_PER_SECOND = 1_000_000_000L;

    private final long firstSequence;
    private final long scheduledCount;
    private final long warmUpCount;
    private final long ratePerSecond;
    private final long startNs;
    private final Histogram histogram = new Histogram(HIGHEST_TRACKABLE_NS, 3);
    private volatile long received;
    private volatile long lastReceiveNs;
    private long clamped;

    LatencyPhase(
        final long firstSequence, final long scheduledCount, final long warmUpCount, final long ratePerSecond,
        final long startNs)
    {
        this.firstSequence = firstSequence;
        this.scheduledCount = scheduledCount;
        this.warmUpCount = warmUpCount;
        this.ratePerSecond = ratePerSecond;
        this.startNs = startNs;
    }

    /**
     * @param index 0-based message number in the phase.
     * @return when that message is intended to be sent, ns on the {@code System.nanoTime()} scale.
     */
    long intendedNs(final long index)
    {
        return startNs + (index * NS_PER_SECOND) / ratePerSecond;
    }

    /**
     * Subscriber thread: a signal for engine input {@code engineSequence} arrived at {@code receiveNs}.
     *
     * @return false when the sequence does not belong to this phase.
     */
    boolean onSignal(final long engineSequence, final long receiveNs)
    {
        final long index = engineSequence - firstSequence;
        if (index < 0 || index >= scheduledCount)
        {
            return false;
        }
        if (index >= warmUpCount)
        {
            final long latencyNs = Math.max(0, receiveNs - intendedNs(index));
            if (latencyNs > HIGHEST_TRACKABLE_NS)
            {
                clamped++;
            }
            histogram.recordValue(Math.min(latencyNs, HIGHEST_TRACKABLE_NS));
            lastReceiveNs = receiveNs;
        }
        received = received + 1;
        return true;
    }

    long received()
    {
        return received;
    }

    long lastReceiveNs()
    {
        return lastReceiveNs;
    }

    long clamped()
    {
        return clamped;
    }

    Histogram histogram()
    {
        return histogram;
    }

    long firstSequence()
    {
        return firstSequence;
    }

    long scheduledCount()
    {
        return scheduledCount;
    }

    long warmUpCount()
    {
        return warmUpCount;
    }

    long ratePerSecond()
    {
        return ratePerSecond;
    }
}
