package io.ticksignal.engine.feature.volatility;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.BarCsvReader;
import io.ticksignal.codecs.text.TradeCsvReader;
import io.ticksignal.config.Timeframe;
import io.ticksignal.engine.feature.bar.TimeBarBuilder;
import io.ticksignal.engine.feature.indicator.Indicator;
import java.util.Arrays;

/**
 * Test-only series of OHLCV bars held in arrays, with loaders for the real data sets.
 */
final class BarArrays
{
    private long[] timeNs = new long[64];
    private double[] open = new double[64];
    private double[] high = new double[64];
    private double[] low = new double[64];
    private double[] close = new double[64];
    private double[] volume = new double[64];
    private int size;

    /**
     * @return the 252 real AAPL daily bars of 2013.
     */
    static BarArrays appleDaily()
    {
        final BarArrays bars = new BarArrays();
        try (BarCsvReader reader = (BarCsvReader)MarketDataSet.AAPL_DAILY_BARS.openReader(BadRowPolicy.FAIL))
        {
            while (reader.next())
            {
                bars.add(
                    reader.timestampNs(), reader.openPrice(), reader.highPrice(), reader.lowPrice(),
                    reader.closePrice(), reader.volume());
            }
        }
        return bars;
    }

    /**
     * @return 1m bars built by {@link TimeBarBuilder} from all 100,000 real Bitstamp trades.
     */
    static BarArrays bitstampOneMinute()
    {
        final BarArrays bars = new BarArrays();
        final TimeBarBuilder builder = new TimeBarBuilder(
            0, Timeframe.ONE_MINUTE,
            (instrument, startNs, intervalNs, open, high, low, close, volume, vwap, count, firstNs, lastNs) ->
                bars.add(startNs, open, high, low, close, volume));
        try (TradeCsvReader reader =
            (TradeCsvReader)MarketDataSet.BITSTAMP_BTC_USD_TRADES.openReader(BadRowPolicy.FAIL))
        {
            while (reader.next())
            {
                builder.onTrade(reader.timestampNs(), reader.price(), reader.amount());
            }
        }
        builder.flush();
        return bars;
    }

    void add(
        final long barTimeNs, final double barOpen, final double barHigh, final double barLow, final double barClose,
        final double barVolume)
    {
        if (size == close.length)
        {
            final int capacity = size * 2;
            timeNs = Arrays.copyOf(timeNs, capacity);
            open = Arrays.copyOf(open, capacity);
            high = Arrays.copyOf(high, capacity);
            low = Arrays.copyOf(low, capacity);
            close = Arrays.copyOf(close, capacity);
            volume = Arrays.copyOf(volume, capacity);
        }
        timeNs[size] = barTimeNs;
        open[size] = barOpen;
        high[size] = barHigh;
        low[size] = barLow;
        close[size] = barClose;
        volume[size] = barVolume;
        size++;
    }

    void feed(final int index, final Indicator indicator)
    {
        indicator.update(timeNs[index], open[index], high[index], low[index], close[index], volume[index]);
    }

    int size()
    {
        return size;
    }

    double open(final int index)
    {
        return open[index];
    }

    double high(final int index)
    {
        return high[index];
    }

    double low(final int index)
    {
        return low[index];
    }

    double close(final int index)
    {
        return close[index];
    }
}
