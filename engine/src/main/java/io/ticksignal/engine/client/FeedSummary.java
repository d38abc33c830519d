package io.ticksignal.engine.client;

/**
 * What a {@link CsvFeed} run did.
 *
 * @param messagesSent         messages published (one per well-formed row).
 * @param backPressureRetries  offers retried because of back-pressure or a term rotation.
 * @param backPressuredOffers  offers that returned {@code BACK_PRESSURED} (first tries and retries).
 * @param elapsedNs            wall time of the run, ns.
 * @param firstEventTimeNs     the first row's time, ns since the epoch; 0 when no rows.
 * @param lastEventTimeNs      the last row's time, ns since the epoch; 0 when no rows.
 */
public record FeedSummary(
    long messagesSent,
    long backPressureRetries,
    long backPressuredOffers,
    long elapsedNs,
    long firstEventTimeNs,
    long lastEventTimeNs)
{
    /**
     * @return messages per second of wall time (0 when nothing was timed).
     */
    public double messagesPerSecond()
    {
        return elapsedNs > 0 ? messagesSent * 1e9 / elapsedNs : 0;
    }
}
