package io.ticksignal.engine.feature.offline;

import io.ticksignal.codecs.text.MarketDataReader;
import io.ticksignal.config.Timeframe;

/**
 * Learns a bar file's own interval: the smallest gap between consecutive bar times, which must be
 * one of the {@link Timeframe}s (a daily file with weekends still has 1-day gaps). Reads the file once.
 */
final class BarIntervals
{
    private BarIntervals()
    {
    }

    static Timeframe infer(final MarketDataInput input)
    {
        long smallestGapNs = Long.MAX_VALUE;
        try (MarketDataReader reader = input.open())
        {
            boolean first = true;
            long previousNs = 0;
            while (reader.next())
            {
                final long timeNs = reader.timestampNs();
                if (!first && timeNs > previousNs)
                {
                    smallestGapNs = Math.min(smallestGapNs, timeNs - previousNs);
                }
                first = false;
                previousNs = timeNs;
            }
        }
        if (smallestGapNs == Long.MAX_VALUE)
        {
            throw new FeatureRunException("cannot tell the interval of the bars in " + input.name() +
                ": it needs at least two bars at different times");
        }
        for (final Timeframe timeframe : Timeframe.values())
        {
            if (timeframe.lengthNs() == smallestGapNs)
            {
                return timeframe;
            }
        }
        throw new FeatureRunException("the bars in " + input.name() + " are " + smallestGapNs / 1_000_000L +
            " ms apart at the closest, which is not a timeframe (1s, 1m, 5m, 15m, 1h, 1d)");
    }
}
