package io.ticksignal.engine.feature.indicator;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.MarketDataReader;
import io.ticksignal.codecs.text.TradeCsvReader;
import io.ticksignal.config.Timeframe;
import io.ticksignal.engine.feature.bar.BarListener;
import io.ticksignal.engine.feature.bar.TimeBarBuilder;

/**
 * The 9,399 one-minute bars that the engine's own {@link TimeBarBuilder} makes from all 100,000 real
 * Bitstamp BTC/USD trades ({@link MarketDataSet#BITSTAMP_BTC_USD_TRADES}), built once per JVM. Minutes
 * without trades make no bar, so consecutive bars may be more than a minute apart.
 */
final class BitstampMinuteBars
{
    static final int TRADE_COUNT = 100_000;
    static final int BAR_COUNT = 9_399;

    private static final BarSeries BARS = build();

    private BitstampMinuteBars()
    {
    }

    static BarSeries bars()
    {
        return BARS;
    }

    private static BarSeries build()
    {
        final Collector collector = new Collector();
        final TimeBarBuilder builder = new TimeBarBuilder(0, Timeframe.ONE_MINUTE, collector);
        int trades = 0;
        try (MarketDataReader reader = MarketDataSet.BITSTAMP_BTC_USD_TRADES.openReader(BadRowPolicy.FAIL))
        {
            while (reader.next())
            {
                builder.onTrade(
                    reader.timestampNs(), reader.value(TradeCsvReader.PRICE), reader.value(TradeCsvReader.AMOUNT));
                trades++;
            }
        }
        builder.flush();
        if (trades != TRADE_COUNT || builder.acceptedCount() != TRADE_COUNT || collector.count != BAR_COUNT)
        {
            throw new IllegalStateException("expected " + TRADE_COUNT + " trades in " + BAR_COUNT + " bars but read " +
                trades + ", accepted " + builder.acceptedCount() + " into " + collector.count + " bars");
        }
        return collector.series();
    }

    private static final class Collector implements BarListener
    {
        private final long[] timeNs = new long[BAR_COUNT];
        private final double[] open = new double[BAR_COUNT];
        private final double[] high = new double[BAR_COUNT];
        private final double[] low = new double[BAR_COUNT];
        private final double[] close = new double[BAR_COUNT];
        private final double[] volume = new double[BAR_COUNT];
        private int count;

        @Override
        public void onBar(
            final int instrumentIndex, final long startNs, final long intervalNs, final double open, final double high,
            final double low, final double close, final double volume, final double vwap, final long eventCount,
            final long firstEventNs, final long lastEventNs)
        {
            if (count < BAR_COUNT)
            {
                this.timeNs[count] = startNs;
                this.open[count] = open;
                this.high[count] = high;
                this.low[count] = low;
                this.close[count] = close;
                this.volume[count] = volume;
            }
            count++;
        }

        /**
         * @return the bars collected; call only once all {@link #BAR_COUNT} bars have arrived.
         */
        BarSeries series()
        {
            return new BarSeries(timeNs, open, high, low, close, volume);
        }
    }
}
