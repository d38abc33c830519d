package io.ticksignal.engine.feature.bar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.text.BadRowPolicy;
import io.ticksignal.codecs.text.BarCsvReader;
import io.ticksignal.config.Timeframe;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BarPassThroughTest
{
    private static final long DAY_NS = Timeframe.ONE_DAY.lengthNs();

    private final RecordedBars recorded = new RecordedBars();
    private final BarPassThrough daily = new BarPassThrough(3, Timeframe.ONE_DAY, recorded);

    @Test
    void shouldPassAllRealAppleDailyBarsThroughWithTheirOwnInterval()
    {
        try (BarCsvReader bars = (BarCsvReader)MarketDataSet.AAPL_DAILY_BARS.openReader(BadRowPolicy.FAIL))
        {
            while (bars.next())
            {
                assertEquals(BarInputResult.PASSED_THROUGH, daily.onBar(
                    bars.timestampNs(), bars.openPrice(), bars.highPrice(), bars.lowPrice(), bars.closePrice(),
                    bars.volume()));
            }
        }

        assertEquals(252, recorded.size());
        assertEquals(252, daily.barCount());
        // First row of the file: 2013-01-02,553.82,555.00,541.63,549.03,20018500
        final RecordedBars.Bar first = recorded.get(0);
        assertEquals(3, first.instrumentIndex());
        assertEquals(midnightUtcNs("2013-01-02"), first.startNs());
        assertEquals(DAY_NS, first.intervalNs());
        assertEquals(553.82, first.open());
        assertEquals(555.00, first.high());
        assertEquals(541.63, first.low());
        assertEquals(549.03, first.close());
        assertEquals(20_018_500.0, first.volume());
        assertTrue(Double.isNaN(first.vwap()));
        assertEquals(0, first.eventCount());
        assertEquals(first.startNs(), first.firstEventNs());
        for (final RecordedBars.Bar bar : recorded.bars())
        {
            assertEquals(0, Math.floorMod(bar.startNs(), DAY_NS), "daily bars start at 00:00 UTC");
        }
    }

    @Test
    void shouldRejectAndCountBarsNotAfterThePreviousBar()
    {
        final long start = midnightUtcNs("2013-01-03");
        daily.onBar(start, 10.0, 11.0, 9.0, 10.5, 100.0);

        assertEquals(BarInputResult.REJECTED_LATE, daily.onBar(start, 10.0, 11.0, 9.0, 10.5, 100.0));
        assertEquals(BarInputResult.REJECTED_LATE, daily.onBar(start - DAY_NS, 10.0, 11.0, 9.0, 10.5, 100.0));
        assertEquals(BarInputResult.PASSED_THROUGH, daily.onBar(start + DAY_NS, 10.0, 11.0, 9.0, 10.5, 100.0));

        assertEquals(2, daily.rejectedLateCount());
        assertEquals(2, recorded.size());
    }

    @Test
    void shouldRejectAndCountMalformedBars()
    {
        final long start = midnightUtcNs("2013-01-03");
        assertEquals(BarInputResult.REJECTED_INVALID, daily.onBar(start, 10.0, 10.2, 9.0, 10.5, 1.0));
        assertEquals(BarInputResult.REJECTED_INVALID, daily.onBar(start, 10.0, 11.0, 10.1, 10.5, 1.0));
        assertEquals(BarInputResult.REJECTED_INVALID, daily.onBar(start, Double.NaN, 11.0, 9.0, 10.5, 1.0));
        assertEquals(
            BarInputResult.REJECTED_INVALID, daily.onBar(start, 10.0, Double.POSITIVE_INFINITY, 9.0, 10.5, 1.0));
        assertEquals(BarInputResult.REJECTED_INVALID, daily.onBar(start, 10.0, 11.0, 0.0, 10.5, 1.0));
        assertEquals(BarInputResult.REJECTED_INVALID, daily.onBar(start, 10.0, 11.0, 9.0, 10.5, -1.0));
        assertEquals(BarInputResult.REJECTED_INVALID, daily.onBar(start, 10.0, 11.0, 9.0, 10.5, Double.NaN));

        assertEquals(7, daily.rejectedInvalidCount());
        assertEquals(0, recorded.size());
        assertEquals(BarInputResult.PASSED_THROUGH, daily.onBar(start, 10.0, 11.0, 9.0, 10.5, 0.0));
    }

    @Test
    void shouldForgetPreviousBarTimeOnReset()
    {
        final long start = midnightUtcNs("2013-01-03");
        daily.onBar(start, 10.0, 11.0, 9.0, 10.5, 100.0);
        daily.onBar(start, 10.0, 11.0, 9.0, 10.5, 100.0);

        daily.reset();

        assertEquals(0, daily.barCount());
        assertEquals(0, daily.rejectedLateCount());
        assertEquals(BarInputResult.PASSED_THROUGH, daily.onBar(start, 10.0, 11.0, 9.0, 10.5, 100.0));
    }

    @Test
    void shouldRefuseTickTimeframe()
    {
        assertThrows(IllegalArgumentException.class, () -> new BarPassThrough(0, Timeframe.TICK, recorded));
    }

    private static long midnightUtcNs(final String date)
    {
        return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toEpochSecond() * 1_000_000_000L;
    }
}
