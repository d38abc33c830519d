package io.ticksignal.engine.pipeline;

import java.util.ArrayList;
import java.util.List;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.MarketDataReader;
import io.ticksignal.codecs.wire.FixedPoint;

/**
 * The 100,000 real Bitstamp BTC/USD trades as exact fixed-point values at the demo scales (price 2, size 8
 * decimals; the file has only zeros past them).
 */
final class BitstampTrades
{
    final long[] timeNs;
    final long[] priceCents;
    final long[] sizeE8;
    final double[] price;
    final double[] size;

    private BitstampTrades(final List<long[]> rows, final List<double[]> values)
    {
        final int n = rows.size();
        timeNs = new long[n];
        priceCents = new long[n];
        sizeE8 = new long[n];
        price = new double[n];
        size = new double[n];
        for (int i = 0; i < n; i++)
        {
            timeNs[i] = rows.get(i)[0];
            priceCents[i] = rows.get(i)[1];
            sizeE8[i] = rows.get(i)[2];
            price[i] = values.get(i)[0];
            size[i] = values.get(i)[1];
        }
    }

    static BitstampTrades load()
    {
        final List<long[]> rows = new ArrayList<>();
        final List<double[]> values = new ArrayList<>();
        try (MarketDataReader reader = MarketDataSet.BITSTAMP_BTC_USD_TRADES.openReader(BadRowPolicy.FAIL))
        {
            while (reader.next())
            {
                final long cents = FixedPoint.rescale(reader.mantissa(1), reader.exponent(1), -2);
                final long sizeE8 = FixedPoint.rescale(reader.mantissa(2), reader.exponent(2), -8);
                if (cents == FixedPoint.NOT_EXACT || sizeE8 == FixedPoint.NOT_EXACT)
                {
                    throw new IllegalStateException("not exact at line " + reader.lineNumber());
                }
                rows.add(new long[] { reader.timestampNs(), cents, sizeE8 });
                values.add(new double[] { reader.value(1), reader.value(2) });
            }
        }
        return new BitstampTrades(rows, values);
    }

    int count()
    {
        return timeNs.length;
    }
}
