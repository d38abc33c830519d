package io.ticksignal.engine.client;

import io.aeron.Publication;

/**
 * Names the result codes of {@link io.aeron.Publication#offer}, which {@link TickPublisher}
 * returns unchanged: a positive value is the new stream position (success); a negative value is
 * one of Aeron's codes, re-exported here for callers that depend only on this package.
 */
public final class OfferResult
{
    /** No subscriber is connected; nothing was sent. Retry once one connects, or give up. */
    public static final long NOT_CONNECTED = Publication.NOT_CONNECTED;
    /** The slowest subscriber is a term window behind; retry after idling. */
    public static final long BACK_PRESSURED = Publication.BACK_PRESSURED;
    /** The log was rotating to the next term; retry at once. */
    public static final long ADMIN_ACTION = Publication.ADMIN_ACTION;
    /** The publication is closed; it never succeeds again. */
    public static final long CLOSED = Publication.CLOSED;
    /** The stream reached its maximum position; it never succeeds again. */
    public static final long MAX_POSITION_EXCEEDED = Publication.MAX_POSITION_EXCEEDED;

    private OfferResult()
    {
    }

    /**
     * @param result a value returned by an offer.
     * @return whether the message was sent.
     */
    public static boolean isSuccess(final long result)
    {
        return result > 0;
    }

    /**
     * Allocation: returns constants for the codes, builds a string for a position (off the hot path).
     *
     * @param result a value returned by an offer.
     * @return {@code NOT_CONNECTED}, {@code BACK_PRESSURED}, {@code ADMIN_ACTION}, {@code CLOSED},
     * {@code MAX_POSITION_EXCEEDED}, {@code position N} or {@code unknown result N}.
     */
    public static String describe(final long result)
    {
        if (result > 0)
        {
            return "position " + result;
        }
        if (NOT_CONNECTED == result)
        {
            return "NOT_CONNECTED";
        }
        if (BACK_PRESSURED == result)
        {
            return "BACK_PRESSURED";
        }
        if (ADMIN_ACTION == result)
        {
            return "ADMIN_ACTION";
        }
        if (CLOSED == result)
        {
            return "CLOSED";
        }
        if (MAX_POSITION_EXCEEDED == result)
        {
            return "MAX_POSITION_EXCEEDED";
        }
        return "unknown result " + result;
    }
}
