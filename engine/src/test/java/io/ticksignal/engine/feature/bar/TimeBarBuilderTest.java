package io.ticksignal.engine.feature.bar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticksignal.config.Timeframe;
import org.junit.jupiter.api.Test;

class TimeBarBuilderTest
{
    /** 2013-11-25T00:00:00Z, a Monday, in nanoseconds. */
    private static final long DAY_NS = 1_385_337_600_000_000_000L;
    private static final long SECOND_NS = 1_000_000_000L;
    private static final long MINUTE_NS = 60 * SECOND_NS;

    private final RecordedBars recorded = new RecordedBars();
    private final TimeBarBuilder minuteBars = new TimeBarBuilder(7, Timeframe.ONE_MINUTE, recorded);

    @Test
    void shouldCloseBarOnFirstEventOfLaterIntervalWithEdgeEventsInTheBarStartingThere()
    {
        assertEquals(BarInputResult.STARTED_BAR, minuteBars.onTrade(DAY_NS, 100.0, 1.0));
        assertEquals(BarInputResult.ADDED_TO_BAR, minuteBars.onTrade(DAY_NS + 30 * SECOND_NS, 105.0, 2.0));
        assertEquals(BarInputResult.ADDED_TO_BAR, minuteBars.onTrade(DAY_NS + MINUTE_NS - 1, 95.0, 1.0));
        assertEquals(0, recorded.size());

        assertEquals(BarInputResult.STARTED_BAR, minuteBars.onTrade(DAY_NS + MINUTE_NS, 101.0, 3.0));

        assertEquals(1, recorded.size());
        final RecordedBars.Bar bar = recorded.get(0);
        assertEquals(7, bar.instrumentIndex());
        assertEquals(DAY_NS, bar.startNs());
        assertEquals(MINUTE_NS, bar.intervalNs());
        assertEquals(100.0, bar.open());
        assertEquals(105.0, bar.high());
        assertEquals(95.0, bar.low());
        assertEquals(95.0, bar.close());
        assertEquals(4.0, bar.volume());
        // vwap = (100*1 + 105*2 + 95*1) / 4 = 405 / 4
        assertEquals(101.25, bar.vwap());
        assertEquals(3, bar.eventCount());
        assertEquals(DAY_NS, bar.firstEventNs());
        assertEquals(DAY_NS + MINUTE_NS - 1, bar.lastEventNs());
        assertTrue(minuteBars.hasOpenBar());
        assertEquals(DAY_NS + MINUTE_NS, minuteBars.openBarStartNs());
    }

    @Test
    void shouldMakeNoBarForIntervalsWithoutEvents()
    {
        minuteBars.onTrade(DAY_NS + 5 * SECOND_NS, 100.0, 1.0);
        minuteBars.onTrade(DAY_NS + 3 * MINUTE_NS + 59 * SECOND_NS, 102.0, 2.0);
        assertEquals(1, minuteBars.flush());

        assertEquals(2, recorded.size());
        assertEquals(DAY_NS, recorded.get(0).startNs());
        assertEquals(DAY_NS + 3 * MINUTE_NS, recorded.get(1).startNs());
        assertEquals(102.0, recorded.get(1).open());
        assertEquals(2.0, recorded.get(1).volume());
        assertEquals(2, minuteBars.barCount());
    }

    @Test
    void shouldFlushOpenBarOnceAtEndOfInput()
    {
        assertEquals(0, minuteBars.flush());
        minuteBars.onTrade(DAY_NS + 10 * SECOND_NS, 100.0, 0.5);
        minuteBars.onTrade(DAY_NS + 20 * SECOND_NS, 99.0, 0.5);

        assertEquals(1, minuteBars.flush());
        assertEquals(0, minuteBars.flush());

        assertEquals(1, recorded.size());
        assertEquals(99.0, recorded.get(0).close());
        assertEquals(1.0, recorded.get(0).volume());
        assertEquals(2, recorded.get(0).eventCount());
        assertFalse(minuteBars.hasOpenBar());
    }

    @Test
    void shouldRejectAndCountEventEarlierThanCurrentBarStart()
    {
        minuteBars.onTrade(DAY_NS + MINUTE_NS + SECOND_NS, 100.0, 1.0);

        assertEquals(BarInputResult.REJECTED_LATE, minuteBars.onTrade(DAY_NS + 59 * SECOND_NS, 50.0, 9.0));
        assertEquals(BarInputResult.REJECTED_LATE, minuteBars.onTrade(DAY_NS + MINUTE_NS - 1, 50.0, 9.0));
        assertEquals(2, minuteBars.rejectedLateCount());
        assertEquals(1, minuteBars.acceptedCount());

        minuteBars.flush();
        assertEquals(1, recorded.size());
        assertEquals(DAY_NS + MINUTE_NS, recorded.get(0).startNs());
        assertEquals(100.0, recorded.get(0).low());
        assertEquals(1.0, recorded.get(0).volume());
    }

    @Test
    void shouldRejectEventInIntervalAlreadyClosedByFlush()
    {
        minuteBars.onTrade(DAY_NS + SECOND_NS, 100.0, 1.0);
        minuteBars.flush();

        assertEquals(BarInputResult.REJECTED_LATE, minuteBars.onTrade(DAY_NS + 2 * SECOND_NS, 101.0, 1.0));
        assertEquals(BarInputResult.STARTED_BAR, minuteBars.onTrade(DAY_NS + MINUTE_NS, 101.0, 1.0));
        assertEquals(1, minuteBars.rejectedLateCount());
        assertEquals(1, recorded.size());
    }

    @Test
    void shouldAcceptOutOfOrderEventInsideCurrentBarInArrivalOrder()
    {
        minuteBars.onTrade(DAY_NS + 30 * SECOND_NS, 100.0, 1.0);
        assertEquals(BarInputResult.ADDED_TO_BAR, minuteBars.onTrade(DAY_NS + 10 * SECOND_NS, 104.0, 1.0));
        minuteBars.flush();

        final RecordedBars.Bar bar = recorded.get(0);
        assertEquals(100.0, bar.open());
        assertEquals(104.0, bar.close());
        assertEquals(DAY_NS + 10 * SECOND_NS, bar.firstEventNs());
        assertEquals(DAY_NS + 30 * SECOND_NS, bar.lastEventNs());
        assertEquals(1, minuteBars.outOfOrderCount());
        assertEquals(0, minuteBars.rejectedLateCount());
    }

    @Test
    void shouldStartDailyBarsAtMidnightUtc()
    {
        final TimeBarBuilder dailyBars = new TimeBarBuilder(0, Timeframe.ONE_DAY, recorded);
        dailyBars.onTrade(DAY_NS + 13 * 3_600 * SECOND_NS, 800.0, 1.0);
        dailyBars.onTrade(DAY_NS + 86_399 * SECOND_NS, 810.0, 1.0);
        assertEquals(BarInputResult.STARTED_BAR, dailyBars.onTrade(DAY_NS + 86_400 * SECOND_NS, 820.0, 1.0));
        dailyBars.flush();

        assertEquals(2, recorded.size());
        assertEquals(DAY_NS, recorded.get(0).startNs());
        assertEquals(810.0, recorded.get(0).close());
        assertEquals(DAY_NS + 86_400 * SECOND_NS, recorded.get(1).startNs());
        assertEquals(Timeframe.ONE_DAY.lengthNs(), recorded.get(1).intervalNs());
    }

    @Test
    void shouldFloorTimesBeforeTheEpochDownwards()
    {
        minuteBars.onTrade(-1, 100.0, 1.0);
        minuteBars.flush();

        assertEquals(-MINUTE_NS, recorded.get(0).startNs());
    }

    @Test
    void shouldRejectAndCountInvalidTradesButAcceptZeroSize()
    {
        assertEquals(BarInputResult.REJECTED_INVALID, minuteBars.onTrade(DAY_NS, Double.NaN, 1.0));
        assertEquals(BarInputResult.REJECTED_INVALID, minuteBars.onTrade(DAY_NS, Double.POSITIVE_INFINITY, 1.0));
        assertEquals(BarInputResult.REJECTED_INVALID, minuteBars.onTrade(DAY_NS, 0.0, 1.0));
        assertEquals(BarInputResult.REJECTED_INVALID, minuteBars.onTrade(DAY_NS, -5.0, 1.0));
        assertEquals(BarInputResult.REJECTED_INVALID, minuteBars.onTrade(DAY_NS, 100.0, -1.0));
        assertEquals(BarInputResult.REJECTED_INVALID, minuteBars.onTrade(DAY_NS, 100.0, Double.NaN));
        assertEquals(BarInputResult.REJECTED_INVALID, minuteBars.onTrade(DAY_NS, 100.0, Double.POSITIVE_INFINITY));
        assertTrue(BarInputResult.REJECTED_INVALID.isRejected());
        assertFalse(minuteBars.hasOpenBar());

        assertEquals(BarInputResult.STARTED_BAR, minuteBars.onTrade(DAY_NS, 100.0, 0.0));
        minuteBars.flush();

        assertEquals(7, minuteBars.rejectedInvalidCount());
        assertEquals(0.0, recorded.get(0).volume());
        assertTrue(Double.isNaN(recorded.get(0).vwap()));
        assertEquals(1, recorded.get(0).eventCount());
    }

    @Test
    void shouldBuildMidPriceBarsFromQuotesAndRejectCrossedQuotes()
    {
        minuteBars.onQuote(DAY_NS, 99.0, 101.0);
        minuteBars.onQuote(DAY_NS + SECOND_NS, 101.0, 103.0);
        minuteBars.onQuote(DAY_NS + 2 * SECOND_NS, 98.0, 98.0);
        assertEquals(BarInputResult.REJECTED_INVALID, minuteBars.onQuote(DAY_NS + 3 * SECOND_NS, 101.0, 100.0));
        assertEquals(BarInputResult.REJECTED_INVALID, minuteBars.onQuote(DAY_NS + 3 * SECOND_NS, Double.NaN, 100.0));
        minuteBars.flush();

        final RecordedBars.Bar bar = recorded.get(0);
        assertEquals(100.0, bar.open());
        assertEquals(102.0, bar.high());
        assertEquals(98.0, bar.low());
        assertEquals(98.0, bar.close());
        assertEquals(0.0, bar.volume());
        assertTrue(Double.isNaN(bar.vwap()));
        assertEquals(3, bar.eventCount());
        assertEquals(2, minuteBars.rejectedInvalidCount());
    }

    @Test
    void shouldCloseBarWhenEventTimeReachesItsEnd()
    {
        minuteBars.onTrade(DAY_NS + SECOND_NS, 100.0, 1.0);

        assertEquals(0, minuteBars.advanceTo(DAY_NS + MINUTE_NS - 1));
        assertEquals(1, minuteBars.advanceTo(DAY_NS + MINUTE_NS));
        assertEquals(0, minuteBars.advanceTo(DAY_NS + 2 * MINUTE_NS));

        assertEquals(1, recorded.size());
        assertEquals(DAY_NS, recorded.get(0).startNs());
        assertEquals(BarInputResult.REJECTED_LATE, minuteBars.onTrade(DAY_NS + 2 * SECOND_NS, 100.0, 1.0));
    }

    @Test
    void shouldForgetOpenBarAndCountersOnReset()
    {
        minuteBars.onTrade(DAY_NS + MINUTE_NS, 100.0, 1.0);
        minuteBars.onTrade(DAY_NS, 100.0, 1.0);
        minuteBars.onTrade(DAY_NS, Double.NaN, 1.0);

        minuteBars.reset();

        assertFalse(minuteBars.hasOpenBar());
        assertEquals(0, minuteBars.flush());
        assertEquals(0, minuteBars.acceptedCount());
        assertEquals(0, minuteBars.rejectedLateCount());
        assertEquals(0, minuteBars.rejectedInvalidCount());
        assertEquals(BarInputResult.STARTED_BAR, minuteBars.onTrade(DAY_NS, 100.0, 1.0));
        assertEquals(0, recorded.size());
    }

    @Test
    void shouldRefuseTickTimeframeWhichHasNoBars()
    {
        assertThrows(IllegalArgumentException.class, () -> new TimeBarBuilder(0, Timeframe.TICK, recorded));
        assertThrows(IllegalArgumentException.class, () -> new TimeBarBuilder(0, -1L, recorded));
    }
}
