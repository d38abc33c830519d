package io.ticksignal.engine.feature.microstructure;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.MarketDataReader;
import io.ticksignal.codecs.text.TradeCsvReader;

/**
 * The 100,000 real Bitstamp BTC/USD trades in primitive arrays (loaded once), plus their tick-rule signs computed
 * naively: +1 uptick, -1 downtick, a zero tick repeats the previous sign, 0 before the first non-zero tick.
 */
final class BitstampTrades
{
    static final int COUNT = MarketDataSet.BITSTAMP_BTC_USD_TRADES.rowCount();
    static final long[] TIMES_NS = new long[COUNT];
    static final double[] PRICES = new double[COUNT];
    static final double[] SIZES = new double[COUNT];
    static final int[] TICK_SIGNS = new int[COUNT];

    static
    {
        try (MarketDataReader reader = MarketDataSet.BITSTAMP_BTC_USD_TRADES.openReader(BadRowPolicy.FAIL))
        {
            int row = 0;
            while (reader.next())
            {
                TIMES_NS[row] = reader.timestampNs();
                PRICES[row] = reader.value(TradeCsvReader.PRICE);
                SIZES[row] = reader.value(TradeCsvReader.AMOUNT);
                row++;
            }
            if (row != COUNT)
            {
                throw new IllegalStateException("expected " + COUNT + " trades but read " + row);
            }
        }
        for (int k = 1; k < COUNT; k++)
        {
            final double change = PRICES[k] - PRICES[k - 1];
            TICK_SIGNS[k] = change > 0.0 ? 1 : change < 0.0 ? -1 : TICK_SIGNS[k - 1];
        }
    }

    private BitstampTrades()
    {
    }
}
