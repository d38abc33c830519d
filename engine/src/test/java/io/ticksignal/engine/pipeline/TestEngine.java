package io.ticksignal.engine.pipeline;

import java.nio.ByteBuffer;

import io.ticksignal.config.ConfigLoader;
import io.ticksignal.config.DecisionConfig;
import io.ticksignal.config.FeatureExpression;
import io.ticksignal.config.ModelConfig;
import io.ticksignal.config.RuleConfig;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.counters.EngineCounters;
import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.CountersManager;

import java.util.List;

/**
 * A pipeline over the demo configuration with an in-memory journal, a collecting sink, in-memory counters and a
 * clock that reads receive time + 1000 ns of the last input.
 */
final class TestEngine
{
    static final TicksignalConfig DEMO = new ConfigLoader().loadDemo();

    final RecordingJournal journal = new RecordingJournal();
    final CollectingSignalSink sink = new CollectingSignalSink();
    final EngineCounters counters = newCounters();
    final Pipeline pipeline;

    TestEngine(final TicksignalConfig config, final PipelineMode mode, final EpochNanoClock clock)
    {
        pipeline = Pipeline.create(config, mode, journal, sink, counters, clock);
    }

    TestEngine()
    {
        this(DEMO, PipelineMode.LIVE, () -> 42L);
    }

    static EngineCounters newCounters()
    {
        return new EngineCounters(new CountersManager(
            new UnsafeBuffer(ByteBuffer.allocateDirect(EngineCounters.metadataBufferLength())),
            new UnsafeBuffer(ByteBuffer.allocateDirect(EngineCounters.valuesBufferLength()))));
    }

    static TicksignalConfig demoWith(final String ruleFeature, final double buyAbove, final double sellBelow,
        final DecisionConfig decision, final List<FeatureExpression> features)
    {
        final RuleConfig rule = new RuleConfig(FeatureExpression.parse(ruleFeature), buyAbove, sellBelow);
        return new TicksignalConfig(DEMO.engine(), DEMO.instruments(), DEMO.aeron(), DEMO.journal(), features,
            ModelConfig.ofRule(rule), decision, DEMO.counters());
    }
}
