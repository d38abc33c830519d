package io.ticksignal.engine.client;

/**
 * Told how far a {@link CsvFeed} has got, on the feed's thread, every
 * {@link CsvFeed#PROGRESS_INTERVAL} messages and once at the end. Implementations should be
 * cheap and throttle their own output.
 */
@FunctionalInterface
public interface FeedProgress
{
    /** Reports nothing. */
    FeedProgress NONE = (messagesSent, backPressureRetries) ->
    {
    };

    /**
     * @param messagesSent        messages published so far.
     * @param backPressureRetries offers retried so far.
     */
    void onProgress(long messagesSent, long backPressureRetries);
}
