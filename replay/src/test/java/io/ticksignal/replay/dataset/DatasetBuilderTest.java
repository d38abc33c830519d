package io.ticksignal.replay.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import io.ticksignal.engine.feature.EventFeature;
import io.ticksignal.engine.feature.catalog.FeatureExpressionParser;
import io.ticksignal.engine.model.LabelSpec;
import org.junit.jupiter.api.Test;

/**
 * Labels, classes and kept rows checked by hand on a small synthetic series: one trade of size 1 half-way through
 * each minute from 2020-01-01T00:00Z, so 1m bar k closes at minute k + 1 with the close p[k].
 */
class DatasetBuilderTest
{
    private static final long BASE_NS = 1_577_836_800_000_000_000L;
    private static final long MINUTE_NS = 60_000_000_000L;
    private static final double[] PRICES = { 64, 64, 64, 80, 48, 48, 64, 96, 32, 40, 32, 50 };
    private static final String HEADER = "time_ns,time,instrument,sma(2)@1m,fwd_return,label\n";

    @Test
    void shouldLabelThreeClassesWithTiesAtTheThresholdFlat() throws IOException
    {
        final Dataset dataset = build("fwd_return(2)@1m", 3, 0.25);

        // fwd_return(2) of bar k is p[k + 2] / p[k] - 1; sma(2) of bar k is (p[k - 1] + p[k]) / 2.
        assertEquals(HEADER +
            row(1, "64.0", 0.25, "FLAT") +                    // 80 / 64 - 1 = +0.25 exactly: at +threshold
            row(2, "64.0", -0.25, "FLAT") +                   // 48 / 64 - 1 = -0.25 exactly: at -threshold
            row(3, "72.0", 48.0 / 80.0 - 1.0, "DOWN") +       // -0.4
            row(4, "64.0", 64.0 / 48.0 - 1.0, "UP") +         // +0.333...
            row(5, "48.0", 1.0, "UP") +                       // 96 / 48 - 1
            row(6, "56.0", -0.5, "DOWN") +                    // 32 / 64 - 1
            row(7, "80.0", 40.0 / 96.0 - 1.0, "DOWN") +       // -0.583...
            row(8, "64.0", 0.0, "FLAT"),                      // 32 / 32 - 1
            csv(dataset));
        assertEquals(List.of(3L, 3L, 2L), List.of(dataset.summary().classCount(0), dataset.summary().classCount(1),
            dataset.summary().classCount(2)));
    }

    @Test
    void shouldLabelTwoClassesUpOnlyAboveTheThreshold() throws IOException
    {
        assertEquals(HEADER +
            row(1, "64.0", 0.25, "DOWN") +                    // exactly at the threshold is not above it
            row(2, "64.0", -0.25, "DOWN") +
            row(3, "72.0", 48.0 / 80.0 - 1.0, "DOWN") +
            row(4, "64.0", 64.0 / 48.0 - 1.0, "UP") +
            row(5, "48.0", 1.0, "UP") +
            row(6, "56.0", -0.5, "DOWN") +
            row(7, "80.0", 40.0 / 96.0 - 1.0, "DOWN") +
            row(8, "64.0", 0.0, "DOWN"),
            csv(build("fwd_return(2)@1m", 2, 0.25)));
        final Dataset zero = build("fwd_return(2)@1m", 2, null);
        assertEquals(List.of("UP", "DOWN", "DOWN", "UP", "UP", "DOWN", "DOWN", "DOWN"),
            zero.rows().stream().map(r -> zero.classNames().get(r.labelClass())).toList(),
            "threshold 0: a return of exactly 0 (bar 8) is DOWN");
    }

    @Test
    void shouldKeepOnlyWarmRowsWithAKnownLabelAndCountTheOthers()
    {
        final Dataset dataset = build("fwd_return(2)@1m", 2, null);
        final DatasetSummary summary = dataset.summary();

        // 12 minutes with a trade: bars 0..10 close, bar 11 is still open at the end of the input.
        assertEquals(11, summary.barCloses());
        assertEquals(1, summary.droppedWarmUp(), "bar 0: sma(2) needs 2 bars");
        assertEquals(2, summary.droppedUnknownLabel(), "bars 9 and 10: bars 11 and 12 never closed");
        assertEquals(8, summary.rows());
        assertEquals(summary.barCloses(), summary.rows() + summary.droppedWarmUp() + summary.droppedUnknownLabel());
        assertEquals(12, summary.eventsAccepted());
        assertEquals(BASE_NS + 2 * MINUTE_NS, dataset.rows().get(0).timeNs(), "first row: close of bar 1");
        assertEquals(BASE_NS + 9 * MINUTE_NS, dataset.rows().get(7).timeNs(), "last row: close of bar 8");
    }

    @Test
    void shouldCountHorizonBarsOverTheBarsThatExistAcrossAGap() throws IOException
    {
        final DatasetBuilder builder = builder("sma(2)@1m", "fwd_return(1)@1m", 2, null);
        final int instrument = builder.instrument("TEST");
        final int[] minutes = { 0, 1, 2, 4, 5, 6 };
        final double[] prices = { 10, 20, 40, 50, 100, 130 };
        for (int i = 0; i < minutes.length; i++)
        {
            builder.onTrade(instrument, BASE_NS + minutes[i] * MINUTE_NS + MINUTE_NS / 2, prices[i], 1.0,
                EventFeature.AGGRESSOR_UNKNOWN);
        }

        // Minute 3 has no trade, so no bar: the bar after the one closing at 00:03 is minute 4's.
        assertEquals("time_ns,time,instrument,sma(2)@1m,fwd_return,label\n" +
            (BASE_NS + 2 * MINUTE_NS) + ",2020-01-01T00:02:00Z,TEST,15.0,1.0,UP\n" +
            (BASE_NS + 3 * MINUTE_NS) + ",2020-01-01T00:03:00Z,TEST,30.0,0.25,UP\n" +
            (BASE_NS + 5 * MINUTE_NS) + ",2020-01-01T00:05:00Z,TEST,45.0,1.0,UP\n",
            csv(builder.finish()));
    }

    @Test
    void shouldOrderRowsByTimeThenSymbol()
    {
        final DatasetBuilder builder = builder("sma(2)@1m", "fwd_return(1)@1m", 2, null);
        final int zulu = builder.instrument("ZULU");
        final int alpha = builder.instrument("ALPHA");
        for (int minute = 0; minute < 5; minute++)
        {
            final long timeNs = BASE_NS + minute * MINUTE_NS;
            builder.onTrade(zulu, timeNs, 100 + minute, 1.0, EventFeature.AGGRESSOR_UNKNOWN);
            builder.onTrade(alpha, timeNs, 200 - minute, 1.0, EventFeature.AGGRESSOR_UNKNOWN);
        }

        final Dataset dataset = builder.finish();

        assertEquals(List.of("ALPHA", "ZULU", "ALPHA", "ZULU"),
            dataset.rows().stream().map(DatasetRow::instrument).toList());
        assertEquals(List.of(BASE_NS + 2 * MINUTE_NS, BASE_NS + 2 * MINUTE_NS, BASE_NS + 3 * MINUTE_NS,
            BASE_NS + 3 * MINUTE_NS), dataset.rows().stream().map(DatasetRow::timeNs).toList());
        assertEquals(2, dataset.summary().instruments());
        assertEquals(102.0 / 101.0 - 1.0, dataset.rows().get(1).forwardReturn(),
            "ZULU: bar 1 closes at 101, bar 2 at 102");
        assertEquals(197.0 / 198.0 - 1.0, dataset.rows().get(2).forwardReturn(),
            "ALPHA: bar 2 closes at 198, bar 3 at 197");
    }

    @Test
    void shouldSayWhyADatasetIsEmpty()
    {
        final DatasetBuilder builder = builder("sma(2)@1m;rsi(50)@1m;trade_rate(5)", "fwd_return(2)@1m", 2, null);
        feed(builder);

        final Dataset dataset = builder.finish();

        assertTrue(dataset.rows().isEmpty());
        assertEquals("11 1m bar closes: 11 with a feature not yet warm, 0 warm but with no bar 2 closes later for " +
            "the label; never warm: rsi(50)@1m (warm after 51 1m bars); shorten their windows, pick other " +
            "features, or use more data", dataset.emptyReason());
        final DatasetBuilder quiet = builder("sma(2)@1m", "fwd_return(1)@1h", 2, null);
        feed(quiet);
        assertEquals("no 1h bar closed in 12 events (a bar closes when an event at or after its end arrives); " +
            "use more data or a shorter label timeframe", quiet.finish().emptyReason());
    }

    @Test
    void shouldRefuseAFeatureGivenTwice()
    {
        final DatasetException error = assertThrows(DatasetException.class,
            () -> builder("rsi(14)@1m;sma(5);rsi(14)@1m", "fwd_return(1)@1m", 2, null));

        assertEquals("the feature rsi(14)@1m is given twice; each column of the dataset must have its own name",
            error.getMessage());
    }

    @Test
    void shouldCountInvalidAndLateTradesAsRejected()
    {
        final DatasetBuilder builder = builder("sma(2)@1m", "fwd_return(2)@1m", 2, null);
        final int instrument = builder.instrument("TEST");
        builder.onTrade(instrument, BASE_NS + MINUTE_NS / 2, 64, 1.0, EventFeature.AGGRESSOR_UNKNOWN);
        builder.onTrade(instrument, BASE_NS + MINUTE_NS / 2, -1.0, 1.0, EventFeature.AGGRESSOR_UNKNOWN);
        builder.onTrade(instrument, BASE_NS + MINUTE_NS / 2, 64, Double.NaN, EventFeature.AGGRESSOR_UNKNOWN);
        builder.onTrade(instrument, BASE_NS, 64, 1.0, EventFeature.AGGRESSOR_UNKNOWN);

        final DatasetSummary summary = builder.finish().summary();

        assertEquals(1, summary.eventsAccepted());
        assertEquals(2, summary.rejectedInvalid());
        assertEquals(1, summary.rejectedLate());
    }

    private static Dataset build(final String label, final int classes, final Double threshold)
    {
        final DatasetBuilder builder = builder("sma(2)@1m", label, classes, threshold);
        feed(builder);
        return builder.finish();
    }

    private static void feed(final DatasetBuilder builder)
    {
        final int instrument = builder.instrument("TEST");
        for (int k = 0; k < PRICES.length; k++)
        {
            builder.onTrade(instrument, BASE_NS + k * MINUTE_NS + MINUTE_NS / 2, PRICES[k], 1.0,
                EventFeature.AGGRESSOR_UNKNOWN);
        }
    }

    private static DatasetBuilder builder(
        final String features, final String label, final int classes, final Double threshold)
    {
        final LabelSpec spec = DatasetLabel.parse(label, classes, threshold);
        return new DatasetBuilder(FeatureExpressionParser.standard().parseList(features), spec);
    }

    /**
     * @return the CSV line of bar k: its close is minute k + 1.
     */
    private static String row(final int bar, final String sma, final double forwardReturn, final String label)
    {
        final long closeNs = BASE_NS + (bar + 1) * MINUTE_NS;
        return closeNs + ",2020-01-01T00:0" + (bar + 1) + ":00Z,TEST," + sma + "," + forwardReturn + "," + label +
            "\n";
    }

    private static String csv(final Dataset dataset) throws IOException
    {
        final StringWriter out = new StringWriter();
        DatasetCsv.write(dataset, out);
        return out.toString();
    }
}
