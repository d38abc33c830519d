package io.ticksignal.engine.feature.timeline;

import java.util.ArrayList;
import java.util.List;

import io.ticksignal.codecs.sbe.BookAction;
import io.ticksignal.codecs.sbe.BookSide;
import io.ticksignal.config.Timeframe;
import io.ticksignal.engine.feature.EventFeature;
import io.ticksignal.engine.feature.catalog.FeatureExpressionParser;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeatureTimelineTest
{
    private static final long MINUTE = 60_000_000_000L;

    private final List<String> samples = new ArrayList<>();
    private final TimelineListener recorder = new TimelineListener()
    {
        @Override
        public void onBarSample(final Timeframe timeframe, final long barStartNs)
        {
            samples.add("bar " + timeframe.configName() + " " + barStartNs / MINUTE);
        }

        @Override
        public void onEventSample(final long timeNs, final TimelineInput input)
        {
            samples.add(input + " " + timeNs / MINUTE);
        }
    };

    @Test
    void shouldSampleClosedBarsInEndTimeOrderBeforeTheEventThatClosedThem()
    {
        final FeatureTimeline timeline = FeatureTimeline.create(
            FeatureExpressionParser.standard().parseList("sma(2)@1m;sma(2)@5m;sma(2)"), Timeframe.TICK,
            Timeframe.TICK, recorder);

        timeline.onTrade(0, 10.0, 1.0, EventFeature.AGGRESSOR_UNKNOWN);
        timeline.onTrade(MINUTE, 20.0, 1.0, EventFeature.AGGRESSOR_UNKNOWN);
        timeline.onTrade(5 * MINUTE, 30.0, 1.0, EventFeature.AGGRESSOR_UNKNOWN);

        assertEquals(List.of("TRADE 0", "bar 1m 0", "TRADE 1", "bar 1m 1", "bar 5m 0", "TRADE 5"), samples);
        assertEquals(15.0, timeline.column(0).value(), "1m sma over closes 10 and 20");
        assertTrue(Double.isNaN(timeline.column(1).value()), "one 5m bar: not warm");
        assertEquals(25.0, timeline.column(2).value(), "tick sma over 20 and 30");
        assertEquals(Timeframe.ONE_MINUTE, timeline.column(0).timeframe());
        assertFalse(timeline.column(0).updatesOn(TimelineInput.TRADE), "bar features update on bar closes");
        assertTrue(timeline.column(2).updatesOn(TimelineInput.TRADE));
        assertFalse(timeline.column(2).updatesOn(TimelineInput.BOOK_UPDATE), "indicators take no book updates");
    }

    @Test
    void shouldFeedBookUpdatesToMicrostructureFeaturesAndSampleThemAtBarCloses()
    {
        final FeatureTimeline timeline = FeatureTimeline.create(
            FeatureExpressionParser.standard().parseList("imbalance(1);imbalance(1)@1m"), Timeframe.TICK,
            Timeframe.TICK, recorder);

        timeline.onBookUpdate(10, BookSide.BID, 0, BookAction.NEW, 100.0, 3.0);
        timeline.onBookUpdate(20, BookSide.ASK, 0, BookAction.NEW, 101.0, 1.0);
        final double live = timeline.column(0).value();
        timeline.onBookUpdate(MINUTE, BookSide.ASK, 0, BookAction.CHANGE, 101.0, 3.0);

        assertEquals(0.5, live, 1e-15, "(3 - 1) / (3 + 1)");
        assertEquals(0.0, timeline.column(0).value(), 1e-15, "live value after the change");
        assertTrue(timeline.column(0).updatesOn(TimelineInput.BOOK_UPDATE));
        assertEquals(3, timeline.acceptedCount());
        assertEquals(List.of("BOOK_UPDATE 0", "BOOK_UPDATE 0", "BOOK_UPDATE 1"), samples,
            "no bars: book updates make none");
    }

    @Test
    void shouldRollInputBarsUpAndSkipLanesFinerThanTheBar()
    {
        final FeatureTimeline timeline = FeatureTimeline.create(
            FeatureExpressionParser.standard().parseList("sma(2)@5m;sma(2)@1m;sma(2)"), Timeframe.TICK,
            Timeframe.TICK, recorder);

        timeline.onBar(0, MINUTE, 10, 12, 9, 11, 5);
        timeline.onBar(MINUTE, MINUTE, 11, 14, 10, 13, 5);
        timeline.onBar(5 * MINUTE, 5 * MINUTE, 13, 13, 12, 12, 5);

        assertEquals(12.5, timeline.column(0).value(), "closes 13 (rolled up from two 1m bars) and 12 (passed through)");
        assertEquals(12.0, timeline.column(1).value(), "closes 11 and 13: the 1m lane cannot take a 5m bar");
        assertEquals(1, timeline.ignoredBarCount());
        assertEquals(12.5, timeline.column(2).value(), "tick indicators take every input bar");
        assertEquals(List.of("bar 1m 0", "BAR 0", "bar 1m 1", "BAR 1", "bar 5m 0", "bar 5m 5", "BAR 5"), samples);
    }
}
