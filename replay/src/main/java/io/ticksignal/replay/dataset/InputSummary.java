package io.ticksignal.replay.dataset;

/**
 * What a dataset source read.
 *
 * @param eventsRead       market events read (CSV rows, or journal {@code INPUT} records of trades, quotes, book
 *                         updates and bars), before filtering.
 * @param outsideTimeRange events left out because their event time is outside {@code [from, to)}.
 * @param otherInstruments events left out because they are of another instrument than the one asked for.
 * @param rejectedByEngine journal {@code REJECTED_INPUT} records: inputs the engine rejected, counted, not used.
 * @param corruptRecords   journal documents that are not well-formed records, counted and passed over.
 */
public record InputSummary(
    long eventsRead, long outsideTimeRange, long otherInstruments, long rejectedByEngine, long corruptRecords)
{
    /**
     * @return events passed on to the features: read, less those filtered out.
     */
    public long eventsUsed()
    {
        return eventsRead - outsideTimeRange - otherInstruments;
    }
}
