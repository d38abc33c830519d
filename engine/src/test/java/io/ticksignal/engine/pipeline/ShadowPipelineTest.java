package io.ticksignal.engine.pipeline;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.codecs.sbe.SignalDecoder;
import io.ticksignal.config.DecisionConfig;
import io.ticksignal.config.EmitMode;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.counters.EngineCounters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Champion/challenger on the real Bitstamp trades: the shadow bundle's signals are journaled as SHADOW_OUTPUT with
 * its own model id and version, never reach the signal sink, and equal those of a separate run with the shadow
 * bundle as the live model.
 */
class ShadowPipelineTest
{
    private static final int TRADES = 20_000;
    private static final DecisionConfig ON_CHANGE = new DecisionConfig(0.5, 0, EmitMode.ON_CHANGE);
    private static final Path TICK_BUNDLE = Path.of("src/test/resources/models/logistic_binary");

    private static BitstampTrades trades;

    @TempDir
    Path temp;

    @BeforeAll
    static void loadTrades()
    {
        trades = BitstampTrades.load();
    }

    @Test
    void shouldJournalShadowSignalsWithTheShadowModelAndNeverHandThemToTheSignalSink()
    {
        final Path champion = TestBundles.write(temp.resolve("binary"), TestBundles.BINARY);
        final Path shadow = TestBundles.write(temp.resolve("three"), TestBundles.THREE_CLASS);
        final TestEngine engine = run(withShadow(TestBundles.demoWithBundle(champion, ON_CHANGE), shadow),
            PipelineMode.LIVE);

        final List<RecordingJournal.Entry> outputs = entries(engine, EventKind.OUTPUT);
        final List<RecordingJournal.Entry> shadowOutputs = entries(engine, EventKind.SHADOW_OUTPUT);
        assertTrue(outputs.size() > 50, "the champion signals: " + outputs.size());
        assertTrue(shadowOutputs.size() > 50, "the shadow signals: " + shadowOutputs.size());
        for (final RecordingJournal.Entry entry : shadowOutputs)
        {
            final SignalDecoder signal = CollectingSignalSink.decode(entry.bytes());
            assertEquals("test-3class-1m", signal.modelId());
            assertEquals(7, signal.modelVersion());
            assertEquals(entry.engineSequence(), signal.engineSequence());
        }
        // The sink (Aeron in the live engine) got exactly the champion's OUTPUT records, nothing of the shadow.
        assertEquals(outputs.size(), engine.sink.signals.size());
        for (int i = 0; i < outputs.size(); i++)
        {
            assertArrayEquals(outputs.get(i).bytes(), engine.sink.signals.get(i));
            assertEquals("test-binary-1m", CollectingSignalSink.decode(engine.sink.signals.get(i)).modelId());
        }
        // Counters: shadow signals apart from the champion's per-direction counts; every document counted.
        assertEquals(shadowOutputs.size(), engine.counters.shadowSignals().get());
        assertEquals(outputs.size(), engine.counters.signals(0).get() + engine.counters.signals(1).get() +
            engine.counters.signals(2).get());
        assertEquals(engine.journal.entries.size(), engine.counters.journalDocuments().get());
        assertJournalOrder(engine.journal.entries);
    }

    @Test
    void shouldEqualTheSignalsOfASeparateRunWithTheShadowBundleAsTheLiveModel()
    {
        // Champion on 1m bars, shadow on tick features: different decision points, different feature columns.
        final Path champion = TestBundles.write(temp.resolve("binary"), TestBundles.BINARY);
        final TestEngine both = run(withShadow(TestBundles.demoWithBundle(champion, ON_CHANGE), TICK_BUNDLE),
            PipelineMode.LIVE);
        final TestEngine alone = run(TestBundles.demoWithBundle(TICK_BUNDLE, ON_CHANGE), PipelineMode.LIVE);

        final List<RecordingJournal.Entry> shadowOutputs = entries(both, EventKind.SHADOW_OUTPUT);
        assertTrue(shadowOutputs.size() > 100, "the shadow signals: " + shadowOutputs.size());
        assertEquals(alone.sink.signals.size(), shadowOutputs.size());
        for (int i = 0; i < shadowOutputs.size(); i++)
        {
            assertArrayEquals(CollectingSignalSink.withoutLatency(alone.sink.signals.get(i)),
                CollectingSignalSink.withoutLatency(shadowOutputs.get(i).bytes()), "shadow signal " + i);
        }
        // And the champion is unaffected by its shadow: same signals as without one.
        final TestEngine championAlone = run(TestBundles.demoWithBundle(champion, ON_CHANGE), PipelineMode.LIVE);
        assertEquals(championAlone.sink.signals.size(), both.sink.signals.size());
        for (int i = 0; i < both.sink.signals.size(); i++)
        {
            assertArrayEquals(championAlone.sink.signals.get(i), both.sink.signals.get(i), "champion signal " + i);
        }
        assertNotEquals(both.sink.signals.size(), shadowOutputs.size(), "the two models differ");
    }

    @Test
    void shouldHandShadowSignalsOnlyToTheShadowSinkInReplayAndJournalNothing()
    {
        final Path champion = TestBundles.write(temp.resolve("binary"), TestBundles.BINARY);
        final Path shadow = TestBundles.write(temp.resolve("three"), TestBundles.THREE_CLASS);
        final TicksignalConfig config = withShadow(TestBundles.demoWithBundle(champion, ON_CHANGE), shadow);
        final TestEngine live = run(config, PipelineMode.LIVE);

        final RecordingJournal journal = new RecordingJournal();
        final CollectingSignalSink signals = new CollectingSignalSink();
        final CollectingSignalSink shadowSignals = new CollectingSignalSink();
        final Pipeline replay = Pipeline.create(config, PipelineMode.REPLAY, journal, signals, shadowSignals,
            TestEngine.newCounters(), () -> 0L);
        feed(replay);

        assertEquals(0, journal.entries.size());
        final List<RecordingJournal.Entry> liveShadow = entries(live, EventKind.SHADOW_OUTPUT);
        assertEquals(liveShadow.size(), shadowSignals.signals.size());
        for (int i = 0; i < liveShadow.size(); i++)
        {
            assertArrayEquals(CollectingSignalSink.withoutLatency(liveShadow.get(i).bytes()),
                CollectingSignalSink.withoutLatency(shadowSignals.signals.get(i)), "shadow signal " + i);
        }
        assertEquals(live.sink.signals.size(), signals.signals.size());
    }

    @Test
    void shouldRunNoShadowPathWithoutModelShadow()
    {
        final Path champion = TestBundles.write(temp.resolve("binary"), TestBundles.BINARY);
        final TestEngine engine = run(TestBundles.demoWithBundle(champion, ON_CHANGE), PipelineMode.LIVE);
        assertNull(engine.pipeline.shadow());
        assertEquals(0, entries(engine, EventKind.SHADOW_OUTPUT).size());
        assertEquals(0, engine.counters.shadowSignals().get());
    }

    @Test
    void shouldRefuseAShadowBundleThatIsMissingOrInvalidNamingModelShadow()
    {
        final Path champion = TestBundles.write(temp.resolve("binary"), TestBundles.BINARY);
        final Path missing = temp.resolve("no-such-bundle");
        final IllegalArgumentException absent = assertThrows(IllegalArgumentException.class, () -> new TestEngine(
            withShadow(TestBundles.demoWithBundle(champion, ON_CHANGE), missing), PipelineMode.LIVE, () -> 1L));
        assertTrue(absent.getMessage().startsWith("model.shadow: "), absent.getMessage());
        assertTrue(absent.getMessage().contains(missing.toString()), absent.getMessage());

        final Path badKey = TestBundles.write(temp.resolve("bad"), TestBundles.BINARY.replace("buyAbove: 0.55",
            "buyAbove: 1.55"));
        final IllegalArgumentException invalid = assertThrows(IllegalArgumentException.class, () -> new TestEngine(
            withShadow(TestBundles.demoWithBundle(champion, ON_CHANGE), badKey), PipelineMode.LIVE, () -> 1L));
        assertTrue(invalid.getMessage().startsWith("model.shadow: "), invalid.getMessage());
        assertTrue(invalid.getMessage().contains("bad/model.yaml: thresholds: buyAbove=1.55"), invalid.getMessage());

        final Path badLabels = TestBundles.write(temp.resolve("labels"), TestBundles.THREE_CLASS
            .replace("[DOWN, FLAT, UP]", "[LOW, MID, HIGH]").replace("DOWN: 0.45", "LOW: 0.45")
            .replace("UP: 0.45", "HIGH: 0.45"));
        final IllegalArgumentException labels = assertThrows(IllegalArgumentException.class, () -> new TestEngine(
            withShadow(TestBundles.demoWithBundle(champion, ON_CHANGE), badLabels), PipelineMode.LIVE, () -> 1L));
        assertTrue(labels.getMessage().startsWith("model.shadow: "), labels.getMessage());
        assertTrue(labels.getMessage().contains("output.labels[0] 'LOW' has no trading direction"),
            labels.getMessage());
    }

    @Test
    void shouldNotAllocatePerInputWithAShadowModel()
    {
        // The shadow on tick features decides at every trade; the champion at 1m closes.
        final Path champion = TestBundles.write(temp.resolve("binary"), TestBundles.BINARY);
        final Path shadow = TestBundles.write(temp.resolve("tick"), TestBundles.BINARY.replace("@1m", "")
            .replace("test-binary-1m", "test-binary-tick"));
        final EngineCounters counters = TestEngine.newCounters();
        final Pipeline pipeline = Pipeline.create(withShadow(TestBundles.demoWithBundle(champion, ON_CHANGE), shadow),
            PipelineMode.LIVE, DiscardingJournalSink.INSTANCE, SignalSink.NONE, SignalSink.NONE, counters, () -> 7L);
        final Inputs inputs = new Inputs();
        feed(pipeline, inputs, 0, TRADES / 2);
        final long shadowBefore = counters.shadowSignals().get();
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        final long before = threads.getCurrentThreadAllocatedBytes();
        feed(pipeline, inputs, TRADES / 2, TRADES);
        final long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        assertTrue(counters.shadowSignals().get() - shadowBefore > 100,
            "shadow signals while measuring: " + (counters.shadowSignals().get() - shadowBefore));
        // One object per input would be >= 16 B x 10,000 = 160 KB; the bound leaves room for the JIT and the
        // measurement itself.
        assertTrue(allocated < 4096, allocated + " bytes allocated by 10,000 inputs");
    }

    static TicksignalConfig withShadow(final TicksignalConfig config, final Path shadow)
    {
        return new TicksignalConfig(config.engine(), config.instruments(), config.aeron(), config.journal(),
            config.features(), config.model().withShadow(Optional.of(shadow)), config.decision(), config.counters());
    }

    private static TestEngine run(final TicksignalConfig config, final PipelineMode mode)
    {
        final TestEngine engine = new TestEngine(config, mode, () -> 7L);
        feed(engine.pipeline);
        return engine;
    }

    private static void feed(final Pipeline pipeline)
    {
        feed(pipeline, new Inputs(), 0, TRADES);
    }

    private static void feed(final Pipeline pipeline, final Inputs inputs, final int from, final int to)
    {
        for (int i = from; i < to; i++)
        {
            final int length = inputs.trade(0, trades.timeNs[i], trades.priceCents[i], -2, trades.sizeE8[i], -8, i + 1);
            if (!pipeline.onInput(i + 1, trades.timeNs[i] + 5_000L, inputs.buffer, 0, length).isAccepted())
            {
                throw new AssertionError("trade " + i + " was rejected");
            }
        }
    }

    private static List<RecordingJournal.Entry> entries(final TestEngine engine, final EventKind kind)
    {
        final List<RecordingJournal.Entry> selected = new ArrayList<>();
        for (final RecordingJournal.Entry entry : engine.journal.entries)
        {
            if (entry.kind() == kind)
            {
                selected.add(entry);
            }
        }
        return selected;
    }

    /** INPUT, then that input's OUTPUT if any, then its SHADOW_OUTPUT if any. */
    private static void assertJournalOrder(final List<RecordingJournal.Entry> entries)
    {
        int both = 0;
        for (int i = 0; i < entries.size(); i++)
        {
            final RecordingJournal.Entry entry = entries.get(i);
            if (entry.kind() == EventKind.SHADOW_OUTPUT)
            {
                final RecordingJournal.Entry previous = entries.get(i - 1);
                assertEquals(entry.engineSequence(), previous.engineSequence(), "document " + i);
                assertTrue(previous.kind() == EventKind.INPUT || previous.kind() == EventKind.OUTPUT,
                    "document " + i + " follows " + previous.kind());
                if (previous.kind() == EventKind.OUTPUT)
                {
                    assertEquals(EventKind.INPUT, entries.get(i - 2).kind(), "document " + (i - 2));
                    both++;
                }
            }
        }
        assertTrue(both > 0, "some inputs give both signals");
    }
}
