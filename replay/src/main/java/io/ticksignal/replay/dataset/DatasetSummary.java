package io.ticksignal.replay.dataset;

import java.util.List;

/**
 * What building a dataset did. Every close of a label-timeframe bar is a candidate row, and
 * {@code barCloses = rows + droppedWarmUp + droppedUnknownLabel}.
 *
 * @param instruments         instruments seen.
 * @param barCloses           closes of label-timeframe bars (candidate rows), over all instruments.
 * @param rows                rows kept.
 * @param droppedWarmUp       candidates with a feature not yet warm (NaN) at the close.
 * @param droppedUnknownLabel candidates with every feature warm whose label bar (H bars later) never closed: the
 *                            last H closes of each instrument at most.
 * @param eventsAccepted      events the timelines accepted.
 * @param rejectedInvalid     events the timelines rejected as invalid (bad price or size, crossed quote,
 *                            inconsistent bar).
 * @param rejectedLate        events the timelines rejected for being earlier than the instrument's previous one.
 * @param classCounts         rows per class, in class-index order.
 * @param neverWarmFeatures   features that had no value at any close (why a dataset can be empty).
 */
public record DatasetSummary(
    int instruments,
    long barCloses,
    long rows,
    long droppedWarmUp,
    long droppedUnknownLabel,
    long eventsAccepted,
    long rejectedInvalid,
    long rejectedLate,
    long[] classCounts,
    List<String> neverWarmFeatures)
{
    /**
     * Copies the counts.
     */
    public DatasetSummary
    {
        classCounts = classCounts.clone();
        neverWarmFeatures = List.copyOf(neverWarmFeatures);
    }

    /**
     * @param classIndex a class index.
     * @return rows of that class.
     */
    public long classCount(final int classIndex)
    {
        return classCounts[classIndex];
    }

    @Override
    public long[] classCounts()
    {
        return classCounts.clone();
    }
}
