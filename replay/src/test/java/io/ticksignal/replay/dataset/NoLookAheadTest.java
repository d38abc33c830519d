package io.ticksignal.replay.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.MarketDataReader;
import io.ticksignal.engine.feature.EventFeature;
import io.ticksignal.engine.feature.catalog.FeatureExpressionParser;
import org.junit.jupiter.api.Test;

/**
 * No look-ahead, on the real Bitstamp trades: change every trade after a time t in the middle (prices scaled, sizes
 * changed, some trades removed, others added) and rebuild; every feature of every row at or before t stays the
 * same bit for bit, while labels near t change.
 */
class NoLookAheadTest
{
    private static final String FEATURES = "rsi(14)@1m;roc(5)@1m;willr(14)@1m;cci(20)@1m;sma(20)@5m;" +
        "macd(12,26,9).hist@1m;atr(14)@15m;trade_imbalance(100)@1m;rsi(14);trade_rate(100);vpin(50,20);obv";
    private static final int MIDDLE = 50_000;
    private static final long SECONDS_17 = 17_000_000_000L;

    @Test
    void shouldNotChangeAnyFeatureAtOrBeforeTWhenDataAfterTChanges()
    {
        final Trades original = Trades.bitstamp();
        final long t = original.timeNs.get(MIDDLE) + SECONDS_17;
        final Trades changed = original.changedAfter(t);
        assertTrue(changed.timeNs.size() != original.timeNs.size(), "trades were removed and added");

        final Dataset before = build(original);
        final Dataset after = build(changed);

        final List<DatasetRow> early = atOrBefore(before, t);
        final List<DatasetRow> earlyAfter = atOrBefore(after, t);
        assertTrue(early.size() > 4_000, "rows at or before t: " + early.size());
        assertEquals(early.size(), earlyAfter.size(), "the same rows at or before t");
        int labelsChanged = 0;
        for (int i = 0; i < early.size(); i++)
        {
            final DatasetRow a = early.get(i);
            final DatasetRow b = earlyAfter.get(i);
            assertEquals(a.timeNs(), b.timeNs());
            for (int column = 0; column < a.featureCount(); column++)
            {
                final String where = "row at " + DatasetCsv.isoTime(a.timeNs()) + ", feature " +
                    before.featureNames().get(column);
                assertEquals(Double.doubleToRawLongBits(a.feature(column)),
                    Double.doubleToRawLongBits(b.feature(column)), where);
            }
            if (Double.doubleToRawLongBits(a.forwardReturn()) != Double.doubleToRawLongBits(b.forwardReturn()))
            {
                labelsChanged++;
                assertTrue(i >= early.size() - 5, "only the last 5 rows before t look past t: row " + i);
            }
        }
        assertEquals(5, labelsChanged, "the forward returns of the 5 rows whose label bar closes after t change");
        assertTrue(featuresDifferAfter(before, after, t), "rows after t see the changed trades");
    }

    private static Dataset build(final Trades trades)
    {
        final DatasetBuilder builder = new DatasetBuilder(FeatureExpressionParser.standard().parseList(FEATURES),
            DatasetLabel.parse("fwd_return(5)@1m", 3, 0.001));
        final int instrument = builder.instrument("BTC-USD");
        for (int i = 0; i < trades.timeNs.size(); i++)
        {
            builder.onTrade(instrument, trades.timeNs.get(i), trades.price.get(i), trades.size.get(i),
                EventFeature.AGGRESSOR_UNKNOWN);
        }
        return builder.finish();
    }

    private static List<DatasetRow> atOrBefore(final Dataset dataset, final long t)
    {
        return dataset.rows().stream().filter(row -> row.timeNs() <= t).toList();
    }

    private static boolean featuresDifferAfter(final Dataset before, final Dataset after, final long t)
    {
        final List<DatasetRow> late = before.rows().stream().filter(row -> row.timeNs() > t).toList();
        final List<DatasetRow> lateAfter = after.rows().stream().filter(row -> row.timeNs() > t).toList();
        for (int i = 0; i < Math.min(late.size(), lateAfter.size()); i++)
        {
            if (late.get(i).feature(0) != lateAfter.get(i).feature(0))
            {
                return true;
            }
        }
        return false;
    }

    /**
     * Trades as columns.
     */
    private static final class Trades
    {
        private final List<Long> timeNs = new ArrayList<>();
        private final List<Double> price = new ArrayList<>();
        private final List<Double> size = new ArrayList<>();

        static Trades bitstamp()
        {
            final Trades trades = new Trades();
            try (MarketDataReader reader = MarketDataSet.BITSTAMP_BTC_USD_TRADES.openReader(BadRowPolicy.FAIL))
            {
                while (reader.next())
                {
                    trades.add(reader.timestampNs(), reader.value(1), reader.value(2));
                }
            }
            return trades;
        }

        /**
         * After t: every 7th trade removed, prices scaled by 1.07 or 0.95, sizes tripled plus 0.5, and after every
         * 10th trade one more at the same time, 1% dearer, of size 2.
         */
        Trades changedAfter(final long t)
        {
            final Trades changed = new Trades();
            for (int i = 0; i < timeNs.size(); i++)
            {
                final long time = timeNs.get(i);
                if (time <= t)
                {
                    changed.add(time, price.get(i), size.get(i));
                    continue;
                }
                if (i % 7 == 0)
                {
                    continue;
                }
                final double newPrice = price.get(i) * (i % 2 == 0 ? 1.07 : 0.95);
                changed.add(time, newPrice, size.get(i) * 3.0 + 0.5);
                if (i % 10 == 0)
                {
                    changed.add(time, newPrice * 1.01, 2.0);
                }
            }
            return changed;
        }

        private void add(final long time, final double tradePrice, final double tradeSize)
        {
            timeNs.add(time);
            price.add(tradePrice);
            size.add(tradeSize);
        }
    }
}
