package io.ticksignal.engine.runtime;

import java.util.Objects;

import io.aeron.Publication;
import io.ticksignal.engine.counters.EngineCounters;
import io.ticksignal.engine.pipeline.SignalSink;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.NanoClock;

/**
 * Publishes the pipeline's signals on the signal stream, with a bounded retry so that a slow
 * strategy can never hold the pipeline (and so ingestion) forever.
 * <ul>
 *     <li>{@code BACK_PRESSURED} and {@code ADMIN_ACTION}: retried, idling between tries, until
 *     the retry bound passes; each back-pressured attempt is counted
 *     ({@link EngineCounters#onPublishBackPressured()}).</li>
 *     <li>{@code NOT_CONNECTED}: counted ({@link EngineCounters#onPublishNotConnected()}) and not
 *     retried: with no strategy subscribed there is nobody to wait for.</li>
 *     <li>A signal not published within the bound, or on a closed publication, is counted in
 *     {@link #unpublished()}; it is in the journal either way (the signal stage journals it first).</li>
 * </ul>
 * Thread-safety: the pipeline thread only. Allocation: none per signal.
 */
public final class AeronSignalSink implements SignalSink
{
    private final Publication publication;
    private final EngineCounters counters;
    private final IdleStrategy retryIdleStrategy;
    private final NanoClock clock;
    private final long retryTimeoutNs;

    private long published;
    private long unpublished;

    /**
     * @param publication       on the signal channel and stream; the caller closes it.
     * @param counters          where back-pressure and not-connected outcomes are counted.
     * @param retryIdleStrategy what to do between retries.
     * @param clock             measures the retry bound.
     * @param retryTimeoutNs    the longest one signal is retried, ns.
     */
    public AeronSignalSink(
        final Publication publication,
        final EngineCounters counters,
        final IdleStrategy retryIdleStrategy,
        final NanoClock clock,
        final long retryTimeoutNs)
    {
        this.publication = Objects.requireNonNull(publication, "publication");
        this.counters = Objects.requireNonNull(counters, "counters");
        this.retryIdleStrategy = Objects.requireNonNull(retryIdleStrategy, "retryIdleStrategy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retryTimeoutNs = retryTimeoutNs;
    }

    @Override
    public void onSignal(final long engineSequence, final DirectBuffer buffer, final int offset, final int length)
    {
        long result = publication.offer(buffer, offset, length);
        if (result > 0)
        {
            published++;
            return;
        }

        final long deadlineNs = clock.nanoTime() + retryTimeoutNs;
        retryIdleStrategy.reset();
        while (true)
        {
            if (Publication.NOT_CONNECTED == result)
            {
                counters.onPublishNotConnected();
                break;
            }
            if (Publication.BACK_PRESSURED == result)
            {
                counters.onPublishBackPressured();
            }
            else if (Publication.ADMIN_ACTION != result)
            {
                break;
            }
            if (clock.nanoTime() - deadlineNs >= 0)
            {
                break;
            }
            retryIdleStrategy.idle();
            result = publication.offer(buffer, offset, length);
            if (result > 0)
            {
                published++;
                return;
            }
        }
        unpublished++;
    }

    /**
     * @return signals published.
     */
    public long published()
    {
        return published;
    }

    /**
     * @return signals not published (no subscriber, retry bound passed, or publication closed).
     */
    public long unpublished()
    {
        return unpublished;
    }
}
