package io.ticksignal.engine.feature.bar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.TradeCsvReader;
import io.ticksignal.config.Timeframe;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bars from all 100,000 real Bitstamp BTC/USD trades against an independent naive aggregation
 * (group by {@link Instant#truncatedTo}, then OHLCV per group), and against counts and first/last
 * bars computed outside Java with exact decimals (volume within 1e-12 relative of the exact sum).
 */
class TimeBarBuilderBitstampTest
{
    private static final int TRADE_COUNT = 100_000;
    private static long[] timeNs;
    private static double[] price;
    private static double[] amount;

    @BeforeAll
    static void loadTrades()
    {
        timeNs = new long[TRADE_COUNT];
        price = new double[TRADE_COUNT];
        amount = new double[TRADE_COUNT];
        int count = 0;
        try (TradeCsvReader trades =
            (TradeCsvReader)MarketDataSet.BITSTAMP_BTC_USD_TRADES.openReader(BadRowPolicy.FAIL))
        {
            while (trades.next())
            {
                timeNs[count] = trades.timestampNs();
                price[count] = trades.price();
                amount[count] = trades.amount();
                count++;
            }
        }
        assertEquals(TRADE_COUNT, count);
    }

    @Test
    void shouldMatchNaiveAggregationForOneMinuteBars()
    {
        final List<RecordedBars.Bar> bars = buildBars(Timeframe.ONE_MINUTE);
        assertBarsEqual(naiveBars(ChronoUnit.MINUTES, Timeframe.ONE_MINUTE.lengthNs()), bars);

        assertEquals(9_399, bars.size());
        final RecordedBars.Bar first = bars.get(0);
        assertOhlcv(first, 1_385_337_600L, 800.01, 807.47, 800.01, 807.47, 2.85664446, 11);
        final RecordedBars.Bar last = bars.get(bars.size() - 1);
        assertOhlcv(last, 1_385_913_720L, 999.0, 999.0, 994.22, 999.0, 1.37, 3);
        assertEquals(1_385_913_725L * 1_000_000_000L, last.lastEventNs());
    }

    @Test
    void shouldMatchNaiveAggregationForOneHourBars()
    {
        final List<RecordedBars.Bar> bars = buildBars(Timeframe.ONE_HOUR);
        assertBarsEqual(naiveBars(ChronoUnit.HOURS, Timeframe.ONE_HOUR.lengthNs()), bars);

        assertEquals(161, bars.size());
        assertOhlcv(bars.get(0), 1_385_337_600L, 800.01, 808.0, 799.75, 805.99, 316.92265231, 418);
        assertOhlcv(bars.get(bars.size() - 1), 1_385_913_600L, 990.12, 999.0, 985.4, 999.0, 166.67833438, 68);
    }

    private static List<RecordedBars.Bar> buildBars(final Timeframe timeframe)
    {
        final RecordedBars recorded = new RecordedBars();
        final TimeBarBuilder builder = new TimeBarBuilder(0, timeframe, recorded);
        for (int i = 0; i < TRADE_COUNT; i++)
        {
            builder.onTrade(timeNs[i], price[i], amount[i]);
        }
        builder.flush();
        assertEquals(TRADE_COUNT, builder.acceptedCount());
        assertEquals(0, builder.rejectedLateCount() + builder.rejectedInvalidCount());
        return recorded.bars();
    }

    /** Independent aggregation: a map from the truncated instant to the trades in it, in file order. */
    private static List<RecordedBars.Bar> naiveBars(final ChronoUnit unit, final long intervalNs)
    {
        final Map<Instant, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < TRADE_COUNT; i++)
        {
            final Instant start = Instant.ofEpochSecond(0, timeNs[i]).truncatedTo(unit);
            groups.computeIfAbsent(start, key -> new ArrayList<>()).add(i);
        }
        final List<RecordedBars.Bar> bars = new ArrayList<>();
        for (final Map.Entry<Instant, List<Integer>> group : groups.entrySet())
        {
            final List<Integer> members = group.getValue();
            double high = Double.NEGATIVE_INFINITY;
            double low = Double.POSITIVE_INFINITY;
            double volume = 0.0;
            double notional = 0.0;
            for (final int i : members)
            {
                high = Math.max(high, price[i]);
                low = Math.min(low, price[i]);
                volume += amount[i];
                notional += price[i] * amount[i];
            }
            final int first = members.get(0);
            final int last = members.get(members.size() - 1);
            final long startNs = group.getKey().getEpochSecond() * 1_000_000_000L + group.getKey().getNano();
            bars.add(new RecordedBars.Bar(
                0, startNs, intervalNs, price[first], high, low, price[last], volume,
                volume > 0.0 ? notional / volume : Double.NaN, members.size(), timeNs[first], timeNs[last]));
        }
        return bars;
    }

    private static void assertBarsEqual(final List<RecordedBars.Bar> expected, final List<RecordedBars.Bar> actual)
    {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++)
        {
            assertEquals(expected.get(i), actual.get(i), "bar " + i);
        }
    }

    private static void assertOhlcv(
        final RecordedBars.Bar bar, final long startSeconds, final double open, final double high, final double low,
        final double close, final double exactVolume, final long tradeCount)
    {
        assertEquals(startSeconds * 1_000_000_000L, bar.startNs());
        assertEquals(open, bar.open());
        assertEquals(high, bar.high());
        assertEquals(low, bar.low());
        assertEquals(close, bar.close());
        assertEquals(exactVolume, bar.volume(), exactVolume * 1e-12);
        assertEquals(tradeCount, bar.eventCount());
    }
}
