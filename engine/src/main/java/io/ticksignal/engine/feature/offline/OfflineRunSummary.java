package io.ticksignal.engine.feature.offline;

import io.ticksignal.config.Timeframe;

/**
 * What an offline run did.
 *
 * @param rowsWritten      CSV rows written (header excluded).
 * @param rowsRead         input rows read.
 * @param rejectedInvalid  inputs rejected as invalid (bad price or size, crossed quote, inconsistent bar).
 * @param rejectedLate     inputs rejected for being earlier than the previous one.
 * @param rowTimeframe     the timeframe of the rows.
 */
public record OfflineRunSummary(
    long rowsWritten, long rowsRead, long rejectedInvalid, long rejectedLate, Timeframe rowTimeframe)
{
    /**
     * @return inputs rejected for any reason.
     */
    public long rejectedInputs()
    {
        return rejectedInvalid + rejectedLate;
    }

    /**
     * @return a one-line summary, e.g. {@code 2476 rows (1m), 100000 events read, 0 rejected (0 invalid, 0 late)}.
     */
    public String toLine()
    {
        return rowsWritten + " rows (" + rowTimeframe.configName() + "), " + rowsRead + " events read, " +
            rejectedInputs() + " rejected (" + rejectedInvalid + " invalid, " + rejectedLate + " out of order)";
    }
}
