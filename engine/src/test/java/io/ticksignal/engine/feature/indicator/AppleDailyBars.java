package io.ticksignal.engine.feature.indicator;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.BarCsvReader;

/**
 * The 252 real AAPL daily bars of 2013 ({@link MarketDataSet#AAPL_DAILY_BARS}), read once with the
 * codecs bar reader; each bar's time is its date at midnight UTC.
 */
final class AppleDailyBars
{
    private static final BarSeries BARS = load();

    private AppleDailyBars()
    {
    }

    static BarSeries bars()
    {
        return BARS;
    }

    private static BarSeries load()
    {
        final int count = MarketDataSet.AAPL_DAILY_BARS.rowCount();
        final long[] timeNs = new long[count];
        final double[] open = new double[count];
        final double[] high = new double[count];
        final double[] low = new double[count];
        final double[] close = new double[count];
        final double[] volume = new double[count];
        int bar = 0;
        try (BarCsvReader reader = (BarCsvReader)MarketDataSet.AAPL_DAILY_BARS.openReader(BadRowPolicy.FAIL))
        {
            while (reader.next())
            {
                if (bar == count)
                {
                    throw new IllegalStateException("more than " + count + " rows in " + reader.fileName());
                }
                timeNs[bar] = reader.timestampNs();
                open[bar] = reader.openPrice();
                high[bar] = reader.highPrice();
                low[bar] = reader.lowPrice();
                close[bar] = reader.closePrice();
                volume[bar] = reader.volume();
                bar++;
            }
        }
        if (bar != count)
        {
            throw new IllegalStateException("expected " + count + " AAPL bars but read " + bar);
        }
        return new BarSeries(timeNs, open, high, low, close, volume);
    }
}
