package io.ticksignal.engine.client;

import java.util.Objects;

import io.aeron.Publication;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.NanoClock;

/**
 * Completes a failed offer: re-offers the publisher's last message, idling between tries, until
 * it succeeds, fails for good, or the time bound passes; and counts what happened.
 * <pre>{@code
 * OfferRetry retry = new OfferRetry(IdleStrategies.newBackoff(), SystemNanoClock.INSTANCE,
 *     TimeUnit.SECONDS.toNanos(10), RetryMode.BACK_PRESSURE);
 * long result = retry.complete(ticks, ticks.offerBar(...));
 * if (result < 0)
 * {
 *     // gave up: OfferResult.describe(result) says why
 * }
 * }</pre>
 * A successful first offer costs one comparison; the clock is read only when retrying.
 * Thread-safety: one thread (the publisher's). Allocation: none.
 */
public final class OfferRetry
{
    private final IdleStrategy idleStrategy;
    private final NanoClock clock;
    private final long timeoutNs;
    private final RetryMode mode;

    private long retries;
    private long gaveUp;
    private long lastRetries;

    /**
     * @param idleStrategy what to do between tries (a back-off strategy keeps CPU low).
     * @param clock        measures the bound.
     * @param timeoutNs    the longest one message is retried, ns; 0 means a single retry.
     * @param mode         which failures to retry.
     */
    public OfferRetry(final IdleStrategy idleStrategy, final NanoClock clock, final long timeoutNs, final RetryMode mode)
    {
        this.idleStrategy = Objects.requireNonNull(idleStrategy, "idleStrategy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.mode = Objects.requireNonNull(mode, "mode");
        if (timeoutNs < 0)
        {
            throw new IllegalArgumentException("timeoutNs must not be negative: " + timeoutNs);
        }
        this.timeoutNs = timeoutNs;
    }

    /**
     * Completes an offer whose first result was {@code result}.
     *
     * @param publisher the publisher whose last message was offered.
     * @param result    what that offer returned.
     * @return {@code result} if it was a success or not to be retried; otherwise the result of the
     * last retry: a position (&gt; 0) on success, or the {@link OfferResult} code the message
     * failed with when the bound passed.
     */
    public long complete(final TickPublisher publisher, final long result)
    {
        lastRetries = 0;
        if (result > 0 || !isRetryable(result))
        {
            return result;
        }

        final long deadlineNs = clock.nanoTime() + timeoutNs;
        idleStrategy.reset();
        long outcome = result;
        do
        {
            if (Publication.ADMIN_ACTION != outcome)
            {
                idleStrategy.idle();
            }
            outcome = publisher.offerAgain();
            lastRetries++;
            retries++;
        }
        while (outcome < 0 && isRetryable(outcome) && clock.nanoTime() - deadlineNs < 0);

        if (outcome < 0)
        {
            gaveUp++;
        }
        return outcome;
    }

    /**
     * @return retries made over this object's life.
     */
    public long retries()
    {
        return retries;
    }

    /**
     * @return retries made for the last message completed.
     */
    public long lastRetries()
    {
        return lastRetries;
    }

    /**
     * @return messages given up on (retryable failure until the bound, or a failure for good after retrying).
     */
    public long gaveUp()
    {
        return gaveUp;
    }

    private boolean isRetryable(final long result)
    {
        return Publication.BACK_PRESSURED == result ||
            Publication.ADMIN_ACTION == result ||
            (Publication.NOT_CONNECTED == result && RetryMode.BACK_PRESSURE_AND_NOT_CONNECTED == mode);
    }
}
