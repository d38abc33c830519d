package io.ticksignal.bench.feature;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.MarketDataReader;
import io.ticksignal.codecs.text.TradeCsvReader;
import io.ticksignal.config.Timeframe;
import io.ticksignal.engine.feature.bar.TimeBarBuilder;


/**
 * The 1-minute bars of the bundled real Bitstamp BTC/USD trades, as primitive arrays, for
 * benchmarks that must feed realistic prices without doing I/O or allocating per operation.
 */
public final class RealMinuteBars
{
    /** Bar start, ns since the epoch, UTC. */
    public final long[] startNs;
    /** Open prices, USD. */
    public final double[] open;
    /** High prices, USD. */
    public final double[] high;
    /** Low prices, USD. */
    public final double[] low;
    /** Close prices, USD. */
    public final double[] close;
    /** Volumes, BTC. */
    public final double[] volume;
    private int count;

    private RealMinuteBars(final int capacity)
    {
        startNs = new long[capacity];
        open = new double[capacity];
        high = new double[capacity];
        low = new double[capacity];
        close = new double[capacity];
        volume = new double[capacity];
    }

    /**
     * @return the bars built by event time from all 100,000 trades (9,399 bars).
     */
    public static RealMinuteBars load()
    {
        final RealMinuteBars bars = new RealMinuteBars(16_384);
        final TimeBarBuilder builder = new TimeBarBuilder(0, Timeframe.fromConfigName("1m"),
            (instrument, startNs, intervalNs, o, h, l, c, v, vwap, events, firstNs, lastNs) -> bars.add(startNs, o, h, l, c, v));
        try (MarketDataReader trades = MarketDataSet.BITSTAMP_BTC_USD_TRADES.openReader(BadRowPolicy.FAIL))
        {
            while (trades.next())
            {
                builder.onTrade(trades.timestampNs(), trades.value(TradeCsvReader.PRICE), trades.value(TradeCsvReader.AMOUNT));
            }
        }
        builder.flush();
        return bars;
    }

    /**
     * @return the number of bars (9,399).
     */
    public int count()
    {
        return count;
    }

    private void add(final long start, final double o, final double h, final double l, final double c, final double v)
    {
        if (count == startNs.length)
        {
            throw new IllegalStateException("more than " + startNs.length + " bars");
        }
        startNs[count] = start;
        open[count] = o;
        high[count] = h;
        low[count] = l;
        close[count] = c;
        volume[count] = v;
        count++;
    }
}
