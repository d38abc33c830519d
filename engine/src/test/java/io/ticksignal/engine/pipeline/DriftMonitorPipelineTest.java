package io.ticksignal.engine.pipeline;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.ticksignal.config.DecisionConfig;
import io.ticksignal.config.EmitMode;
import io.ticksignal.config.MonitoringConfig;
import io.ticksignal.config.MonitoringMode;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.feature.catalog.FeatureExpressionParser;
import io.ticksignal.engine.feature.timeline.FeatureColumn;
import io.ticksignal.engine.model.ModelBundle;
import io.ticksignal.engine.monitor.AlertEdge;
import io.ticksignal.engine.monitor.DriftAlertListener;
import io.ticksignal.engine.monitor.DriftMonitor;
import io.ticksignal.engine.monitor.MonitorCounters;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.CountersManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The drift monitor in the live pipeline on the 100,000 real Bitstamp trades, against independent computations in
 * the test: its own window of the features' values at decision points with its own binning and PSI sum, and its own
 * 1m bars (last trade price per UTC minute, closed by the first trade of a later minute) for the labels.
 */
class DriftMonitorPipelineTest
{
    static final String MONITORED_BINARY = TestBundles.BINARY + String.join("\n",
        "label:",
        "  expression: \"fwd_return(5)@1m\"",
        "  classes: 2",
        "  threshold: 0.0",
        "monitoring:",
        "  histograms:",
        "    - feature: \"rsi(14)@1m\"",
        "      edges: [30.0, 50.0, 70.0]",
        "      fractions: [0.2, 0.3, 0.3, 0.2]",
        "    - feature: \"roc(5)@1m\"",
        "      edges: [-0.3, 0.0, 0.3]",
        "      fractions: [0.1, 0.4, 0.4, 0.1]",
        "");
    private static final double[][] EDGES = { { 30.0, 50.0, 70.0 }, { -0.3, 0.0, 0.3 } };
    private static final double[][] FRACTIONS = { { 0.2, 0.3, 0.3, 0.2 }, { 0.1, 0.4, 0.4, 0.1 } };
    private static final String[] FEATURES = { "rsi(14)@1m", "roc(5)@1m" };
    private static final long MINUTE_NS = 60_000_000_000L;
    private static final int HORIZON = 5;
    private static final DecisionConfig PASS_THROUGH = new DecisionConfig(0.0, 0, EmitMode.EVERY_DECISION);

    private static BitstampTrades trades;

    @TempDir
    Path temp;

    @BeforeAll
    static void loadTrades()
    {
        trades = BitstampTrades.load();
    }

    private TicksignalConfig config(final String bundleYaml, final MonitoringConfig monitoring)
    {
        final Path bundle = TestBundles.write(temp.resolve("bundle"), bundleYaml);
        final TicksignalConfig base = TestBundles.demoWithBundle(bundle, PASS_THROUGH);
        return new TicksignalConfig(base.engine(), base.instruments(), base.aeron(), base.journal(), base.features(),
            base.model(), base.decision(), base.counters(), monitoring);
    }

    private static MonitoringConfig monitoring(final double psiAlert, final double floor)
    {
        return new MonitoringConfig(MonitoringMode.ENABLED, 200, psiAlert, 300, floor, 50);
    }

    /** What the test computes itself, and the monitor's values, after every input. */
    private static final class Trace
    {
        final double[][] psi = new double[2][];
        final double[][] expectedPsi = new double[2][];
        double[] accuracy;
        double[] expectedAccuracy;
        int[] expectedLabels;
        final List<String> alerts = new ArrayList<>();
    }

    private Trace run(final TicksignalConfig config, final MonitorCounters[] countersOut)
    {
        final TestEngine engine = new TestEngine(config, PipelineMode.LIVE, () -> 7L);
        final DriftMonitor monitor = engine.pipeline.monitor();
        final Trace trace = new Trace();
        final CountersManager manager = new CountersManager(
            new UnsafeBuffer(ByteBuffer.allocateDirect(32 * 512)), new UnsafeBuffer(ByteBuffer.allocateDirect(32 * 128)));
        final MonitorCounters counters = new MonitorCounters(manager, monitor);
        countersOut[0] = counters;
        monitor.attach(counters, new DriftAlertListener()
        {
            @Override
            public void onDriftAlert(final AlertEdge edge, final String feature, final double psi,
                final double psiAlert, final long eventTimeNs)
            {
                trace.alerts.add("drift " + edge + " " + feature);
            }

            @Override
            public void onAccuracyAlert(final AlertEdge edge, final double accuracy, final int labels,
                final double floor, final long eventTimeNs)
            {
                trace.alerts.add("accuracy " + edge);
            }
        });
        final int n = trades.count();
        for (int f = 0; f < 2; f++)
        {
            trace.psi[f] = new double[n];
            trace.expectedPsi[f] = new double[n];
        }
        trace.accuracy = new double[n];
        trace.expectedAccuracy = new double[n];
        trace.expectedLabels = new int[n];
        final FeatureColumn[] columns = new FeatureColumn[2];
        for (int f = 0; f < 2; f++)
        {
            columns[f] = engine.pipeline.featureStage().timeline(0).column(
                engine.pipeline.featureStage().columnOf(FeatureExpressionParser.standard().parse(FEATURES[f])));
        }
        final List<ArrayDeque<Integer>> windows = List.of(new ArrayDeque<>(), new ArrayDeque<>());
        final HandLabels labels = new HandLabels(config.monitoring().accuracyWindow());
        final Inputs inputs = new Inputs();
        for (int i = 0; i < n; i++)
        {
            final int length = inputs.trade(0, trades.timeNs[i], trades.priceCents[i], -2, trades.sizeE8[i], -8, i + 1);
            final EngineEvent event = engine.pipeline.onInput(i + 1, trades.timeNs[i] + 5_000L, inputs.buffer, 0, length);
            assertTrue(event.isAccepted());
            for (int f = 0; f < 2; f++)
            {
                final double value = columns[f].value();
                if (event.isDecisionPoint() && !Double.isNaN(value))
                {
                    windows.get(f).addLast(handBin(EDGES[f], value));
                    if (windows.get(f).size() > config.monitoring().window())
                    {
                        windows.get(f).removeFirst();
                    }
                }
                trace.expectedPsi[f][i] = handPsi(FRACTIONS[f], windows.get(f), config.monitoring().window());
                trace.psi[f][i] = monitor.psi(f);
            }
            if (event.isDecisionPoint() && event.probabilityCount() == 2)
            {
                labels.latest = event.probability(1) > event.probability(0) ? 1 : 0;
            }
            labels.onTrade(trades.timeNs[i], trades.price[i]);
            trace.expectedAccuracy[i] = labels.accuracy();
            trace.expectedLabels[i] = labels.outcomes.size();
            trace.accuracy[i] = monitor.accuracy();
        }
        return trace;
    }

    private static void pushByHand(final EngineEvent event, final FeatureColumn column, final double[] edges,
        final ArrayDeque<Integer> window, final int length)
    {
        final double value = column.value();
        if (event.isDecisionPoint() && !Double.isNaN(value))
        {
            window.addLast(handBin(edges, value));
            if (window.size() > length)
            {
                window.removeFirst();
            }
        }
    }

    /** Bin by explicit comparisons: bin 0 holds v <= e0, bin i (e[i-1], e[i]], the last v > e[n-2]. */
    private static int handBin(final double[] edges, final double value)
    {
        int bin = 0;
        while (bin < edges.length && value > edges[bin])
        {
            bin++;
        }
        return bin;
    }

    private static double handPsi(final double[] fractions, final ArrayDeque<Integer> window, final int minimum)
    {
        if (window.size() < minimum)
        {
            return Double.NaN;
        }
        final double[] counts = new double[fractions.length];
        for (final int bin : window)
        {
            counts[bin]++;
        }
        double sum = 0.0;
        for (int i = 0; i < fractions.length; i++)
        {
            final double a = Math.max(counts[i] / window.size(), 1e-4);
            final double e = Math.max(fractions[i], 1e-4);
            sum += (a - e) * Math.log(a / e);
        }
        return sum;
    }

    /** 1m bars by hand and the labels of HORIZON bars ahead, scored against the prediction at each close. */
    private static final class HandLabels
    {
        final int accuracyWindow;
        final List<double[]> bars = new ArrayList<>();      // { close, prediction }
        final ArrayDeque<Boolean> outcomes = new ArrayDeque<>();
        long openMinute = Long.MIN_VALUE;
        double lastPrice;
        int latest = -1;

        HandLabels(final int accuracyWindow)
        {
            this.accuracyWindow = accuracyWindow;
        }

        void onTrade(final long timeNs, final double price)
        {
            final long minute = Math.floorDiv(timeNs, MINUTE_NS);
            if (openMinute != Long.MIN_VALUE && minute > openMinute)
            {
                final int t = bars.size();
                bars.add(new double[] { lastPrice, latest });
                if (t >= HORIZON)
                {
                    final double[] matured = bars.get(t - HORIZON);
                    if (matured[1] >= 0)
                    {
                        final int realised = lastPrice / matured[0] - 1.0 > 0.0 ? 1 : 0;
                        outcomes.addLast(realised == (int)matured[1]);
                        if (outcomes.size() > accuracyWindow)
                        {
                            outcomes.removeFirst();
                        }
                    }
                }
            }
            openMinute = minute;
            lastPrice = price;
        }

        double accuracy()
        {
            if (outcomes.isEmpty())
            {
                return Double.NaN;
            }
            int correct = 0;
            for (final boolean outcome : outcomes)
            {
                correct += outcome ? 1 : 0;
            }
            return (double)correct / outcomes.size();
        }
    }

    @Test
    void shouldComputePsiPerFeatureLikeAHandWindowOverTheRealTrades()
    {
        final Trace trace = run(config(MONITORED_BINARY, monitoring(0.2, 0.5)), new MonitorCounters[1]);
        for (int f = 0; f < 2; f++)
        {
            int reported = 0;
            for (int i = 0; i < trace.psi[f].length; i++)
            {
                assertEquals(trace.expectedPsi[f][i], trace.psi[f][i], 1e-12, FEATURES[f] + " after trade " + i);
                reported += Double.isNaN(trace.psi[f][i]) ? 0 : 1;
            }
            assertTrue(reported > 50_000, FEATURES[f] + " reported after " + reported + " trades only");
        }
    }

    @Test
    void shouldComputeRollingAccuracyLikeHandBarsAndMatureNothingBeforeTheHorizon()
    {
        final MonitorCounters[] counters = new MonitorCounters[1];
        final TicksignalConfig config = config(MONITORED_BINARY, monitoring(0.2, 0.5));
        final Trace trace = run(config, counters);
        int scored = 0;
        for (int i = 0; i < trace.accuracy.length; i++)
        {
            assertEquals(trace.expectedAccuracy[i], trace.accuracy[i], 0.0, "accuracy after trade " + i);
            scored += Double.isNaN(trace.accuracy[i]) ? 0 : 1;
        }
        assertTrue(scored > 90_000, "accuracy reported after " + scored + " trades");
        final double last = trace.accuracy[trace.accuracy.length - 1];
        assertEquals(MonitorCounters.scaled(last), counters[0].accuracy().get());
        assertTrue(last > 0.3 && last < 0.7, "accuracy " + last);
    }

    @Test
    void shouldAlertOncePerCrossingAndCountIt()
    {
        final MonitorCounters[] counters = new MonitorCounters[1];
        final double psiAlert = 0.05;
        final double floor = 0.52;
        final Trace trace = run(config(MONITORED_BINARY, monitoring(psiAlert, floor)), counters);
        final List<String> expected = new ArrayList<>();
        final boolean[] above = new boolean[2];
        boolean below = false;
        final int n = trace.accuracy.length;
        for (int i = 0; i < n; i++)
        {
            for (int f = 0; f < 2; f++)
            {
                // Hysteresis: an alert clears at or below 80% of the level (0.04 here), not at the level.
                final boolean now = above[f] ? trace.expectedPsi[f][i] > 0.04 : trace.expectedPsi[f][i] > psiAlert;
                if (now != above[f])
                {
                    expected.add("drift " + (now ? AlertEdge.RAISED : AlertEdge.CLEARED) + " " + FEATURES[f]);
                    above[f] = now;
                }
            }
            if (trace.expectedLabels[i] >= 50)
            {
                // Hysteresis: an accuracy alert clears at or above the floor plus 0.02 (0.54 here).
                final boolean now = below ? trace.expectedAccuracy[i] < 0.54 : trace.expectedAccuracy[i] < floor;
                if (now != below)
                {
                    expected.add("accuracy " + (now ? AlertEdge.RAISED : AlertEdge.CLEARED));
                    below = now;
                }
            }
        }
        final long driftRaised = expected.stream().filter(line -> line.startsWith("drift RAISED")).count();
        final long accuracyRaised = expected.stream().filter(line -> line.equals("accuracy RAISED")).count();
        assertTrue(driftRaised >= 2 && accuracyRaised >= 2,
            "the thresholds must make crossings: " + driftRaised + " drift, " + accuracyRaised + " accuracy");
        assertEquals(expected, trace.alerts);
        assertEquals(driftRaised, counters[0].driftAlerts().get());
        assertEquals(accuracyRaised, counters[0].accuracyAlerts().get());
    }

    @Test
    void shouldCompareWithTheSwappedInBundlesHistogramsAfterALiveSwap()
    {
        final TicksignalConfig config = config(MONITORED_BINARY, monitoring(0.05, 0.52));
        final TestEngine engine = new TestEngine(config, PipelineMode.LIVE, () -> 7L);
        final DriftMonitor monitor = engine.pipeline.monitor();
        final List<String> alerts = new ArrayList<>();
        monitor.attach(null, new DriftAlertListener()
        {
            @Override
            public void onDriftAlert(final AlertEdge edge, final String feature, final double psi,
                final double psiAlert, final long eventTimeNs)
            {
                alerts.add(edge + " " + feature + (Double.isNaN(psi) ? " by the swap" : ""));
            }

            @Override
            public void onAccuracyAlert(final AlertEdge edge, final double accuracy, final int labels,
                final double floor, final long eventTimeNs)
            {
            }
        });
        final int half = trades.count() / 2;
        final Inputs inputs = new Inputs();
        final FeatureColumn[] columns = new FeatureColumn[2];
        for (int f = 0; f < 2; f++)
        {
            columns[f] = engine.pipeline.featureStage().timeline(0).column(
                engine.pipeline.featureStage().columnOf(FeatureExpressionParser.standard().parse(FEATURES[f])));
        }
        final List<ArrayDeque<Integer>> windows = List.of(new ArrayDeque<>(), new ArrayDeque<>());
        for (int i = 0; i < half; i++)
        {
            final int length = inputs.trade(0, trades.timeNs[i], trades.priceCents[i], -2, trades.sizeE8[i], -8, i + 1);
            final EngineEvent event = engine.pipeline.onInput(i + 1, trades.timeNs[i] + 5_000L, inputs.buffer, 0,
                length);
            pushByHand(event, columns[1], EDGES[1], windows.get(1), config.monitoring().window());
        }
        assertTrue(!Double.isNaN(monitor.psi(0)) && !Double.isNaN(monitor.psi(1)), "both windows full before");
        final boolean rsiWasAlerting = alerts.stream().filter(a -> a.endsWith("rsi(14)@1m")).count() % 2 == 1;

        // Version 4: rsi(14)@1m gets another training histogram (a new, empty window); roc(5)@1m's is the same, so
        // its window carries on.
        final double[] newRsiEdges = { 40.0, 55.0, 65.0 };
        final double[] newRsiFractions = { 0.25, 0.25, 0.25, 0.25 };
        final Path second = TestBundles.write(temp.resolve("bundle-v4"), MONITORED_BINARY
            .replace("version: 3", "version: 4")
            .replace("edges: [30.0, 50.0, 70.0]", "edges: [40.0, 55.0, 65.0]")
            .replace("fractions: [0.2, 0.3, 0.3, 0.2]", "fractions: [0.25, 0.25, 0.25, 0.25]"));
        final BundleDecisionScorer scorer = BundleDecisionScorer.open(ModelBundle.load(second),
            engine.pipeline.featureStage());
        engine.pipeline.swapScorer(scorer, scorer.columnIndexes());

        assertTrue(Double.isNaN(monitor.psi(0)), "rsi: a new, empty window");
        assertEquals(handPsi(FRACTIONS[1], windows.get(1), config.monitoring().window()), monitor.psi(1), 1e-12,
            "roc: the same histogram keeps its window");
        assertEquals(rsiWasAlerting, alerts.get(alerts.size() - 1).equals("CLEARED rsi(14)@1m by the swap")
            || alerts.get(alerts.size() - 2).equals("CLEARED rsi(14)@1m by the swap"));
        final double[][] edges = { newRsiEdges, EDGES[1] };
        final double[][] fractions = { newRsiFractions, FRACTIONS[1] };
        int reported = 0;
        for (int i = half; i < trades.count(); i++)
        {
            final int length = inputs.trade(0, trades.timeNs[i], trades.priceCents[i], -2, trades.sizeE8[i], -8, i + 1);
            final EngineEvent event = engine.pipeline.onInput(i + 1, trades.timeNs[i] + 5_000L, inputs.buffer, 0,
                length);
            for (int f = 0; f < 2; f++)
            {
                pushByHand(event, columns[f], edges[f], windows.get(f), config.monitoring().window());
                final double expected = handPsi(fractions[f], windows.get(f), config.monitoring().window());
                assertEquals(expected, monitor.psi(f), 1e-12, FEATURES[f] + " after trade " + i);
                reported += f == 0 && !Double.isNaN(expected) ? 1 : 0;
            }
        }
        assertTrue(reported > 10_000, "the new rsi window refilled and was compared: " + reported);
        scorer.close();
    }

    @Test
    void shouldGiveTheSameValuesOnTwoRuns()
    {
        final TicksignalConfig config = config(MONITORED_BINARY, monitoring(0.05, 0.52));
        final Trace first = run(config, new MonitorCounters[1]);
        final Trace second = run(config, new MonitorCounters[1]);
        for (int f = 0; f < 2; f++)
        {
            assertArrayEquals(bits(first.psi[f]), bits(second.psi[f]), FEATURES[f]);
        }
        assertArrayEquals(bits(first.accuracy), bits(second.accuracy));
        assertEquals(first.alerts, second.alerts);
    }

    private static long[] bits(final double[] values)
    {
        return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
    }

    @Test
    void shouldAllocateNothingPerInputAfterWarmUp()
    {
        // No journal and no signal copies: what is left per input is the pipeline's and the monitor's own work.
        final Pipeline pipeline = Pipeline.create(config(MONITORED_BINARY, monitoring(0.05, 0.52)),
            PipelineMode.REPLAY, DiscardingJournalSink.INSTANCE, SignalSink.NONE, TestEngine.newCounters(), () -> 7L);
        final DriftMonitor monitor = pipeline.monitor();
        final CountersManager manager = new CountersManager(
            new UnsafeBuffer(ByteBuffer.allocateDirect(32 * 512)), new UnsafeBuffer(ByteBuffer.allocateDirect(32 * 128)));
        monitor.attach(new MonitorCounters(manager, monitor), DriftAlertListener.NONE);
        final Inputs inputs = new Inputs();
        final int warmUp = 60_000;
        for (int i = 0; i < warmUp; i++)
        {
            final int length = inputs.trade(0, trades.timeNs[i], trades.priceCents[i], -2, trades.sizeE8[i], -8, i + 1);
            pipeline.onInput(i + 1, trades.timeNs[i] + 5_000L, inputs.buffer, 0, length);
        }
        final long alertsBefore = monitor.driftAlerts() + monitor.accuracyAlerts();
        final long scoredBefore = monitor.scoredLabels();
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        final long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = warmUp; i < trades.count(); i++)
        {
            final int length = inputs.trade(0, trades.timeNs[i], trades.priceCents[i], -2, trades.sizeE8[i], -8, i + 1);
            pipeline.onInput(i + 1, trades.timeNs[i] + 5_000L, inputs.buffer, 0, length);
        }
        final long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(monitor.scoredLabels() - scoredBefore > 500, "labels matured during the measurement");
        assertTrue(monitor.driftAlerts() + monitor.accuracyAlerts() > alertsBefore, "alerts crossed meanwhile");
        // One object per input would be >= 16 B x 40,000 = 640 KB; the bound leaves room for the JIT and the
        // measurement itself.
        assertTrue(allocated < 1024, allocated + " bytes allocated over " + (trades.count() - warmUp) + " inputs");
    }

    @Test
    void shouldSayWhyNothingIsMonitored()
    {
        assertEquals("the model is the built-in rule (model.rule)", new TestEngine().pipeline.monitor().inactiveReason());
        final TestEngine plain = new TestEngine(config(TestBundles.BINARY, monitoring(0.2, 0.5)), PipelineMode.LIVE,
            () -> 7L);
        assertFalse(plain.pipeline.monitor().isActive());
        assertEquals("the model bundle test-binary-1m has no training histograms (monitoring.histograms) and no " +
            "label block", plain.pipeline.monitor().inactiveReason());
        final TestEngine off = new TestEngine(config(MONITORED_BINARY, new MonitoringConfig(MonitoringMode.DISABLED,
            200, 0.2, 300, 0.5, 50)), PipelineMode.LIVE, () -> 7L);
        assertEquals("monitoring.enabled is false", off.pipeline.monitor().inactiveReason());
        final TestEngine on = new TestEngine(config(MONITORED_BINARY, MonitoringConfig.DEFAULT), PipelineMode.LIVE,
            () -> 7L);
        assertEquals(List.of("rsi(14)@1m", "roc(5)@1m"), on.pipeline.monitor().features());
        assertTrue(on.pipeline.monitor().monitorsAccuracy());
    }
}
