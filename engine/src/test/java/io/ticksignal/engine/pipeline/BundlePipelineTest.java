package io.ticksignal.engine.pipeline;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.ticksignal.codecs.data.MarketDataSet;
import io.ticksignal.codecs.sbe.Direction;
import io.ticksignal.codecs.sbe.SignalDecoder;
import io.ticksignal.config.DecisionConfig;
import io.ticksignal.config.EmitMode;
import io.ticksignal.config.FeatureExpression;
import io.ticksignal.config.Timeframe;
import io.ticksignal.engine.feature.catalog.FeatureExpressionParser;
import io.ticksignal.engine.feature.catalog.ParsedFeature;
import io.ticksignal.engine.feature.offline.MarketDataInput;
import io.ticksignal.engine.feature.offline.OfflineFeatureRunner;
import io.ticksignal.engine.feature.offline.ProgressListener;
import io.ticksignal.engine.model.BundleScorer;
import io.ticksignal.engine.model.ModelBundle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A model bundle in the live pipeline on the real Bitstamp trades, against an independent computation: the
 * offline runner's 1m feature rows, the bundle's scorer opened on its own, and the thresholds and the
 * label-to-direction mapping by hand.
 */
class BundlePipelineTest
{
    private static final int HOLD = Direction.HOLD.value();
    private static final int BUY = Direction.BUY.value();
    private static final int SELL = Direction.SELL.value();
    private static final DecisionConfig PASS_THROUGH = new DecisionConfig(0.0, 0, EmitMode.EVERY_DECISION);

    private static BitstampTrades trades;

    @TempDir
    Path temp;

    /** One expected decision. */
    private record Expected(long sequence, long eventTimeNs, int direction, double confidence, double[] p)
    {
    }

    @BeforeAll
    static void loadTrades()
    {
        trades = BitstampTrades.load();
    }

    @Test
    void shouldScoreABinaryBundleAtEachMinuteCloseLikeTheOfflineRunnerAndTheBundleScorer()
    {
        final Path bundle = TestBundles.write(temp.resolve("binary"), TestBundles.BINARY);
        final List<Expected> expected = expected(bundle, (p) ->
        {
            if (p[1] > 0.55)
            {
                return new double[] { BUY, p[1] };
            }
            if (p[1] < 0.45)
            {
                return new double[] { SELL, p[0] };
            }
            return new double[] { HOLD, 1.0 - Math.abs(p[1] - p[0]) };
        });
        final TestEngine engine = run(TestBundles.demoWithBundle(bundle, PASS_THROUGH));
        assertSignals(expected, engine, "test-binary-1m", 3, List.of("DOWN", "UP"));
        assertTrue(count(expected, BUY) > 100 && count(expected, SELL) > 100, "both directions occur");
    }

    @Test
    void shouldMapDownFlatUpToSellHoldBuyForAThreeClassBundle()
    {
        final Path bundle = TestBundles.write(temp.resolve("three"), TestBundles.THREE_CLASS);
        final List<Expected> expected = expected(bundle, (p) ->
        {
            int best = -1;
            if (p[0] >= 0.45)
            {
                best = 0;
            }
            if (p[2] >= 0.45 && (best < 0 || p[2] > p[best]))
            {
                best = 2;
            }
            return best == 0 ? new double[] { SELL, p[0] } : best == 2 ? new double[] { BUY, p[2] } :
                new double[] { HOLD, p[1] };
        });
        final TestEngine engine = run(TestBundles.demoWithBundle(bundle, PASS_THROUGH));
        assertSignals(expected, engine, "test-3class-1m", 7, List.of("DOWN", "FLAT", "UP"));
        assertTrue(count(expected, BUY) > 10 && count(expected, SELL) > 10 && count(expected, HOLD) > 10,
            "every direction occurs");
    }

    @Test
    void shouldHoldWithConfidenceZeroAndNoProbabilitiesWhileAnyFeatureIsNotWarm()
    {
        final Path bundle = TestBundles.write(temp.resolve("binary"), TestBundles.BINARY);
        final TestEngine engine = run(TestBundles.demoWithBundle(bundle, PASS_THROUGH));
        // rsi(14)@1m needs 15 closed bars, willr(14)@1m 14, roc(5)@1m 6: the first 14 decisions have no score.
        for (int k = 0; k < 14; k++)
        {
            final SignalDecoder signal = CollectingSignalSink.decode(engine.sink.signals.get(k));
            assertEquals(HOLD, signal.directionRaw(), "decision " + k);
            assertEquals(0.0, signal.confidence(), "decision " + k);
            assertEquals(0, signal.probabilities().count(), "decision " + k);
        }
        final SignalDecoder warm = CollectingSignalSink.decode(engine.sink.signals.get(14));
        assertEquals(2, warm.probabilities().count(), "the 15th closed minute has every feature");
    }

    @Test
    void shouldDecideAtEveryTradeWhenABundleFeatureIsTickAndAtMinuteClosesOnlyWhenAllAreBars()
    {
        // The producer-checked test bundle on tick features: every trade updates rsi(14), so every trade decides.
        final TestEngine tick = new TestEngine(TestBundles.demoWithBundle(
            Path.of("src/test/resources/models/logistic_binary"), PASS_THROUGH), PipelineMode.LIVE, () -> 1L);
        final Path mixed = TestBundles.write(temp.resolve("mixed"), TestBundles.BINARY.replace("\"willr(14)@1m\"",
            "\"willr(14)\""));
        final TestEngine mixedEngine = new TestEngine(TestBundles.demoWithBundle(mixed, PASS_THROUGH),
            PipelineMode.LIVE, () -> 1L);
        final Path bars = TestBundles.write(temp.resolve("bars"), TestBundles.BINARY);
        final TestEngine barEngine = new TestEngine(TestBundles.demoWithBundle(bars, PASS_THROUGH),
            PipelineMode.LIVE, () -> 1L);
        final Inputs inputs = new Inputs();
        long barDecisions = 0;
        for (int i = 0; i < 2_000; i++)
        {
            final int length = inputs.trade(0, trades.timeNs[i], trades.priceCents[i], -2, trades.sizeE8[i], -8, i + 1);
            assertTrue(tick.pipeline.onInput(i + 1, 1L, inputs.buffer, 0, length).isDecisionPoint());
            assertTrue(mixedEngine.pipeline.onInput(i + 1, 1L, inputs.buffer, 0, length).isDecisionPoint());
            barDecisions += barEngine.pipeline.onInput(i + 1, 1L, inputs.buffer, 0, length).isDecisionPoint() ? 1 : 0;
        }
        assertEquals(2_000, tick.sink.signals.size());
        assertEquals("logistic_binary", CollectingSignalSink.decode(tick.sink.signals.get(1_999)).modelId());
        long crossings = 0;
        for (int i = 1; i < 2_000; i++)
        {
            crossings += trades.timeNs[i] / 60_000_000_000L != trades.timeNs[i - 1] / 60_000_000_000L ? 1 : 0;
        }
        assertTrue(crossings > 50, "crossings " + crossings);
        assertEquals(crossings, barDecisions, "one decision at each trade that closes a minute");
    }

    @Test
    void shouldAddTheBundleFeaturesTheConfigurationDoesNotList()
    {
        final Path bundle = TestBundles.write(temp.resolve("binary"), TestBundles.BINARY);
        final Pipeline pipeline = new TestEngine(TestBundles.demoWithBundle(bundle, PASS_THROUGH,
            List.of(FeatureExpression.parse("sma(20)"), FeatureExpression.parse("roc(5)@1m"))),
            PipelineMode.LIVE, () -> 1L).pipeline;
        final List<String> columns = new ArrayList<>();
        for (final ParsedFeature feature : pipeline.featureStage().features())
        {
            columns.add(feature.text());
        }
        assertEquals(List.of("sma(20)", "roc(5)@1m", "rsi(14)@1m", "willr(14)@1m"), columns);
        assertEquals("test-binary-1m", pipeline.scorer().modelId());
    }

    @Test
    void shouldRefuseToStartWithAnInvalidBundleNamingItAndEveryProblem()
    {
        final Path bundle = TestBundles.write(temp.resolve("bad"), TestBundles.BINARY
            .replace("\"roc(5)@1m\"", "\"nosuch(5)@1m\"")
            .replace("[0.05, 0.8, 0.02]", "[0.05, 0.8]"));
        final IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> new TestEngine(TestBundles.demoWithBundle(bundle, PASS_THROUGH), PipelineMode.LIVE, () -> 1L));
        final String message = error.getMessage();
        assertTrue(message.startsWith("model.bundle: invalid model bundle " + bundle), message);
        assertTrue(message.contains("features[1]") && message.contains("nosuch"), message);
        assertTrue(message.contains("coefficients"), message);
    }

    @Test
    void shouldRefuseAThreeClassBundleWhoseLabelsHaveNoDirection()
    {
        final Path bundle = TestBundles.write(temp.resolve("labels"), TestBundles.THREE_CLASS
            .replace("[DOWN, FLAT, UP]", "[DOWN, SIDEWAYS, UP]")
            .replace("    DOWN: 0.45\n    UP: 0.45", "    DOWN: 0.45\n    UP: 0.45"));
        final IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> new TestEngine(TestBundles.demoWithBundle(bundle, PASS_THROUGH), PipelineMode.LIVE, () -> 1L));
        assertTrue(error.getMessage().contains("output.labels[1] 'SIDEWAYS' has no trading direction"),
            error.getMessage());
    }

    private static TestEngine run(final io.ticksignal.config.TicksignalConfig config)
    {
        final TestEngine engine = new TestEngine(config, PipelineMode.LIVE, () -> 7L);
        final Inputs inputs = new Inputs();
        for (int i = 0; i < trades.count(); i++)
        {
            final int length = inputs.trade(0, trades.timeNs[i], trades.priceCents[i], -2, trades.sizeE8[i], -8, i + 1);
            assertTrue(engine.pipeline.onInput(i + 1, trades.timeNs[i] + 5_000L, inputs.buffer, 0, length)
                .isAccepted(), "trade " + i);
        }
        return engine;
    }

    /** The decisions by hand: bar b closes at the first trade at or after its end; the last never closes live. */
    private static List<Expected> expected(final Path bundleDirectory, final Mapping mapping)
    {
        final ModelBundle bundle = ModelBundle.load(bundleDirectory);
        final List<ParsedFeature> features = new ArrayList<>();
        for (final String feature : bundle.features())
        {
            features.add(FeatureExpressionParser.standard().parse(feature));
        }
        final OfflineFeatureRunner runner = OfflineFeatureRunner.prepare(
            MarketDataInput.dataSet(MarketDataSet.BITSTAMP_BTC_USD_TRADES), Optional.of(Timeframe.ONE_MINUTE),
            features);
        final StringWriter out = new StringWriter();
        runner.run(out, ProgressListener.NONE);
        final String[] lines = out.toString().split("\n");
        final List<Expected> expected = new ArrayList<>();
        int trade = 0;
        try (BundleScorer scorer = bundle.openScorer())
        {
            for (int b = 1; b < lines.length; b++)
            {
                final String[] cells = lines[b].split(",", -1);
                final long endNs = Long.parseLong(cells[0]) * 1_000_000L + Timeframe.ONE_MINUTE.lengthNs();
                while (trade < trades.count() && trades.timeNs[trade] < endNs)
                {
                    trade++;
                }
                if (trade == trades.count())
                {
                    break;
                }
                final double[] row = new double[features.size()];
                boolean warm = true;
                for (int k = 0; k < row.length; k++)
                {
                    row[k] = cells[k + 1].isEmpty() ? Double.NaN : Double.parseDouble(cells[k + 1]);
                    warm &= !Double.isNaN(row[k]);
                }
                if (!warm)
                {
                    expected.add(new Expected(trade + 1, trades.timeNs[trade], HOLD, 0.0, new double[0]));
                    continue;
                }
                final double[] p = new double[scorer.outputWidth()];
                scorer.score(row, p);
                final double[] decision = mapping.decide(p);
                expected.add(new Expected(trade + 1, trades.timeNs[trade], (int)decision[0], decision[1], p));
            }
        }
        return expected;
    }

    private static void assertSignals(
        final List<Expected> expected, final TestEngine engine, final String modelId, final long version,
        final List<String> labels)
    {
        assertTrue(expected.size() > 9000, "decisions " + expected.size());
        assertEquals(expected.size(), engine.sink.signals.size());
        for (int k = 0; k < expected.size(); k++)
        {
            final Expected want = expected.get(k);
            final SignalDecoder signal = CollectingSignalSink.decode(engine.sink.signals.get(k));
            assertEquals(want.sequence(), signal.engineSequence(), "signal " + k);
            assertEquals(want.eventTimeNs(), signal.eventTimeNs(), "signal " + k);
            assertEquals(want.direction(), signal.directionRaw(), "signal " + k);
            assertEquals(want.confidence(), signal.confidence(), 1e-12, "signal " + k);
            assertEquals(modelId, signal.modelId(), "signal " + k);
            assertEquals(version, signal.modelVersion(), "signal " + k);
            final SignalDecoder.ProbabilitiesDecoder probabilities = signal.probabilities();
            assertEquals(want.p().length, probabilities.count(), "signal " + k);
            for (int i = 0; i < want.p().length; i++)
            {
                probabilities.next();
                assertEquals(labels.get(i), probabilities.label(), "signal " + k);
                assertEquals(want.p()[i], probabilities.probability(), 1e-12, "signal " + k);
            }
        }
    }

    private static long count(final List<Expected> expected, final int direction)
    {
        return expected.stream().filter(e -> e.direction() == direction).count();
    }

    /** Thresholds and label mapping by hand: probabilities to {direction, confidence}. */
    private interface Mapping
    {
        double[] decide(double[] probabilities);
    }
}
