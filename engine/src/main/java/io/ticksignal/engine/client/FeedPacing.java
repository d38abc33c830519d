package io.ticksignal.engine.client;

/**
 * How {@link CsvFeed} spaces its messages in time.
 */
public enum FeedPacing
{
    /** By the data's own timestamps, divided by the speed factor. */
    EVENT_TIME,
    /** As fast as the subscriber takes them (back-pressure is the only brake). */
    UNPACED
}
