package io.ticksignal.bench.feature;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.MarketDataReader;
import io.ticksignal.codecs.text.TradeCsvReader;

/**
 * The 100,000 bundled real Bitstamp BTC/USD trades as primitive arrays, for benchmarks that
 * feed realistic trades without doing I/O or allocating per operation.
 */
final class RealTrades
{
    final long[] timeNs;
    final double[] price;
    final double[] size;
    private final int count;

    private RealTrades(final int capacity)
    {
        timeNs = new long[capacity];
        price = new double[capacity];
        size = new double[capacity];
        int n = 0;
        try (MarketDataReader trades = MarketDataSet.BITSTAMP_BTC_USD_TRADES.openReader(BadRowPolicy.FAIL))
        {
            while (trades.next() && n < capacity)
            {
                timeNs[n] = trades.timestampNs();
                price[n] = trades.value(TradeCsvReader.PRICE);
                size[n] = trades.value(TradeCsvReader.AMOUNT);
                n++;
            }
        }
        count = n;
    }

    /**
     * @return all trades of the bundled file.
     */
    static RealTrades load()
    {
        return new RealTrades(MarketDataSet.BITSTAMP_BTC_USD_TRADES.rowCount());
    }

    int count()
    {
        return count;
    }
}
