package io.ticksignal.bench.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.ticksignal.config.ConfigLoader;
import io.ticksignal.config.ModelConfig;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.counters.EngineCounters;
import io.ticksignal.engine.feature.catalog.FeatureExpressionParser;
import io.ticksignal.engine.feature.catalog.ParsedFeature;
import io.ticksignal.engine.feature.timeline.FeatureTimeline;
import io.ticksignal.engine.pipeline.DiscardingJournalSink;
import io.ticksignal.engine.pipeline.Pipeline;
import io.ticksignal.engine.pipeline.PipelineMode;
import io.ticksignal.engine.pipeline.SignalSink;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.CountersManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class FeatureVectorBenchmarkTest
{
    private static final Path DEMO_BUNDLE = Path.of("..", "config", "models", "demo-btc", "1");

    @Test
    void shouldBenchmarkTheFeatureColumnsTheEngineComputesForTheDemoConfigurationAndBundle(@TempDir final Path dir)
    {
        final TicksignalConfig demo = new ConfigLoader(dir).loadDemo();
        final TicksignalConfig config = new TicksignalConfig(demo.engine(), demo.instruments(), demo.aeron(),
            demo.journal(), demo.features(), ModelConfig.ofBundle(DEMO_BUNDLE), demo.decision(), demo.counters());
        final EngineCounters counters = new EngineCounters(new CountersManager(
            new UnsafeBuffer(ByteBuffer.allocateDirect(EngineCounters.metadataBufferLength())),
            new UnsafeBuffer(ByteBuffer.allocateDirect(EngineCounters.valuesBufferLength()))));
        final Pipeline pipeline = Pipeline.create(
            config, PipelineMode.LIVE, DiscardingJournalSink.INSTANCE, SignalSink.NONE, counters, () -> 0L);

        final List<String> engineColumns = new ArrayList<>();
        for (final ParsedFeature feature : pipeline.featureStage().features())
        {
            engineColumns.add(feature.canonical());
        }
        final List<String> benchmarkColumns = new ArrayList<>();
        for (final String expression : FeatureVectorBenchmark.DEMO_FEATURES)
        {
            benchmarkColumns.add(FeatureExpressionParser.standard().parse(expression).canonical());
        }
        assertEquals(engineColumns, benchmarkColumns);
        assertEquals(9, benchmarkColumns.size());
    }

    @Test
    void shouldReachTheSameBarFeaturesPerTickAsPerBarOnTheRealTrades()
    {
        final FeatureVectorBenchmark benchmark = new FeatureVectorBenchmark();
        benchmark.setUp();
        final RealTrades trades = RealTrades.load();
        final RealMinuteBars bars = RealMinuteBars.load();
        assertEquals(100_000, trades.count());
        assertEquals(9_399, bars.count());

        double tickSum = Double.NaN;
        for (int i = 0; i < trades.count(); i++)
        {
            tickSum = benchmark.perTick();
        }
        // The last trade leaves the last 1m bar open: per bar, the same state is reached after all but the last bar.
        double barSum = Double.NaN;
        for (int i = 0; i < bars.count() - 1; i++)
        {
            barSum = benchmark.perBar();
        }
        assertTrue(Double.isFinite(tickSum), "every column is warm after 100,000 trades");
        assertTrue(Double.isFinite(barSum), "every column is warm after 9,398 bars");

        final FeatureTimeline byTick = benchmark.tickTimeline();
        final FeatureTimeline byBar = benchmark.barTimeline();
        int barColumns = 0;
        for (int c = 0; c < byTick.columnCount(); c++)
        {
            final String name = byTick.column(c).name();
            if (name.contains("@1m") || name.contains("@5m"))
            {
                barColumns++;
                final double expected = byTick.column(c).value();
                assertEquals(expected, byBar.column(c).value(), Math.abs(expected) * 1e-12, name);
            }
        }
        assertEquals(7, barColumns);
    }
}
