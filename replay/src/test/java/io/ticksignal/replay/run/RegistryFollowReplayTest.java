package io.ticksignal.replay.run;

import static io.ticksignal.replay.run.ReplayFixtures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.aeron.Publication;
import io.ticksignal.codecs.sbe.ControlEventDecoder;
import io.ticksignal.codecs.sbe.ControlType;
import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.codecs.sbe.MessageHeaderDecoder;
import io.ticksignal.codecs.sbe.SignalDecoder;
import io.ticksignal.config.DecisionConfig;
import io.ticksignal.config.EmitMode;
import io.ticksignal.config.ModelConfig;
import io.ticksignal.config.ModelRegistryConfig;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.aeron.IdleStrategies;
import io.ticksignal.engine.client.TickPublisher;
import io.ticksignal.engine.journal.JournalReader;
import io.ticksignal.engine.journal.JournalRecordListener;
import io.ticksignal.engine.model.live.ModelRequestDirectory;
import io.ticksignal.engine.model.live.ModelRequestDirectory.SwapAnswer;
import io.ticksignal.engine.model.live.ModelRequestDirectory.SwapStatus;
import io.ticksignal.engine.model.live.ModelSwapDetail;
import io.ticksignal.engine.model.registry.ModelRegistry;
import io.ticksignal.engine.model.registry.RegistryFollower;
import io.ticksignal.engine.runtime.EngineRuntime;
import io.ticksignal.engine.runtime.EngineRuntimeContext;
import io.ticksignal.replay.drift.StartModel;
import io.ticksignal.replay.verify.ReplayVerifier;
import io.ticksignal.replay.verify.VerifyOutcome;
import io.ticksignal.replay.verify.VerifyReport;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.SystemNanoClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running engine (embedded Aeron driver, ring, journal) follows a model registry: it starts with version 1,
 * swaps to version 2 when it is promoted, refuses a promoted version 3 that needs a feature it does not compute,
 * and returns to version 1 on rollback; the journal then replays to the same output digest.
 */
@Tag("system")
class RegistryFollowReplayTest
{
    static final String NAME = "btc-dir";
    static final int PHASE = 6_000;
    private static final long TIMEOUT_S = 60;

    @TempDir
    static Path temp;

    private static Path registryRoot;
    private static TicksignalConfig config;
    private static JournalScan scan;
    private static SwapAnswer promotedAnswer;
    private static SwapAnswer refusedAnswer;
    private static SwapAnswer alreadyRunningAnswer;
    private static SwapAnswer rolledBackAnswer;
    private static long swapsAfterRun;
    private static long rejectedAfterRun;
    private static List<String> engineErrors;

    @BeforeAll
    static void runTheEngineThroughPromotionsAndRollbacks() throws IOException
    {
        registryRoot = temp.resolve("registry");
        writeVersion(registryRoot, 1, "0.6", "0.4", "\"roc(5)@1m\"");
        writeVersion(registryRoot, 2, "0.52", "0.48", "\"roc(5)@1m\"");
        writeVersion(registryRoot, 3, "0.6", "0.4", "\"sma(50)@5m\"");
        final ModelRegistry registry = new ModelRegistry(registryRoot, () -> 0L);
        registry.promote(NAME, 1);

        final TicksignalConfig demo = ReplayFixtures.demoConfig(temp, temp.resolve("journal"));
        config = new TicksignalConfig(demo.engine(), demo.instruments(), demo.aeron(), demo.journal(),
            demo.features(), ModelConfig.ofRegistry(new ModelRegistryConfig(registryRoot, NAME)),
            new DecisionConfig(0.0, 0, EmitMode.EVERY_DECISION), demo.counters());
        final List<byte[]> frames = ReplayFixtures.bitstampFrames(3 * PHASE);

        final EngineRuntime engine = EngineRuntime.launch(new EngineRuntimeContext().config(config));
        try (TickPublisher publisher = TickPublisher.create(engine.aeron(), config.aeron().marketData().channel(),
            config.aeron().marketData().streamId()))
        {
            final ModelRequestDirectory answers = new ModelRequestDirectory(engine.modelRequestDirectory());
            assertTrue(publisher.awaitConnected(TimeUnit.SECONDS.toNanos(10), IdleStrategies.newBackoff(),
                SystemNanoClock.INSTANCE));
            feed(engine, publisher.publication(), frames, 0, PHASE);

            registry.promote(NAME, 2);
            promotedAnswer = awaitAnswer(answers, 2);
            await(() -> engine.modelSwaps() == 1, TIMEOUT_S, "the swap to version 2");
            feed(engine, publisher.publication(), frames, PHASE, 2 * PHASE);

            registry.promote(NAME, 3);
            refusedAnswer = awaitAnswer(answers, 3);
            await(() -> engine.modelSwapsRejected() == 1, TIMEOUT_S, "version 3 to be refused");

            registry.rollback(NAME);
            alreadyRunningAnswer = awaitAnswer(answers, 2);
            registry.rollback(NAME);
            rolledBackAnswer = awaitAnswer(answers, 1);
            await(() -> engine.modelSwaps() == 2, TIMEOUT_S, "the swap back to version 1");
            feed(engine, publisher.publication(), frames, 2 * PHASE, 3 * PHASE);
            swapsAfterRun = engine.modelSwaps();
            rejectedAfterRun = engine.modelSwapsRejected();
            engineErrors = List.copyOf(engine.errorLog().distinctErrors());
        }
        finally
        {
            engine.close();
        }
        scan = new JournalScan();
        try (JournalReader reader = JournalReader.open(config.journal().directory()))
        {
            reader.readAll(scan);
        }
    }

    @Test
    void shouldAnswerEachPromotionAndRollback()
    {
        assertEquals(SwapStatus.OK, promotedAnswer.status(), promotedAnswer.text());
        assertTrue(promotedAnswer.text().startsWith("model swapped after engine sequence " + PHASE + ": model " +
            NAME + " version 2; bundle " + registryRoot.resolve(NAME + "/2") + "; sha256 "), promotedAnswer.text());

        assertEquals(SwapStatus.FAILED, refusedAnswer.status(), refusedAnswer.text());
        assertTrue(refusedAnswer.text().startsWith("model " + NAME + " version 3 (promoted in " +
            registryRoot.resolve(NAME + "/PROMOTED") + ") refused; the engine keeps running version 2: "),
            refusedAnswer.text());
        assertTrue(refusedAnswer.text().contains("sma(50)@5m"), refusedAnswer.text());

        assertEquals(SwapStatus.OK, alreadyRunningAnswer.status());
        assertEquals("model " + NAME + " version 2 (promoted in " + registryRoot.resolve(NAME + "/PROMOTED") +
            ") is running already; nothing to swap", alreadyRunningAnswer.text());

        assertEquals(SwapStatus.OK, rolledBackAnswer.status(), rolledBackAnswer.text());
        assertTrue(rolledBackAnswer.text().startsWith("model swapped after engine sequence " + 2 * PHASE +
            ": model " + NAME + " version 1; bundle " + registryRoot.resolve(NAME + "/1") + "; sha256 "),
            rolledBackAnswer.text());

        assertEquals(2, swapsAfterRun);
        assertEquals(1, rejectedAfterRun);
        assertEquals(1, engineErrors.size(), engineErrors.toString());
        assertTrue(engineErrors.get(0).contains("version 3"), engineErrors.get(0));
    }

    @Test
    void shouldJournalBothSwapsWhereTheyHappenedAndSignalWithTheRunningVersion()
    {
        assertEquals(List.of(0L, (long)PHASE, 2L * PHASE), scan.swapSequences, "the start model, then two swaps");
        final ModelSwapDetail first = new ModelSwapDetail(NAME, 1, registryRoot.resolve(NAME + "/1"),
            ModelSwapDetail.sha256OfModelYaml(registryRoot.resolve(NAME + "/1")));
        final ModelSwapDetail second = new ModelSwapDetail(NAME, 2, registryRoot.resolve(NAME + "/2"),
            ModelSwapDetail.sha256OfModelYaml(registryRoot.resolve(NAME + "/2")));
        assertEquals(List.of(first, second, first), scan.swaps);
        assertEquals(List.of(1L, 2L, 1L), scan.swapVersions);
        assertEquals(List.of("MODEL_SWAP", "ENGINE_START"), scan.controls.subList(0, 2),
            "the start model is journaled before the engine goes live");

        final long[] signalsPerPhase = new long[3];
        for (final long[] signal : scan.signals)
        {
            final long sequence = signal[0];
            final int phase = sequence <= PHASE ? 0 : sequence <= 2L * PHASE ? 1 : 2;
            assertEquals(phase == 1 ? 2 : 1, signal[1], "model version of the signal at engine sequence " + sequence);
            signalsPerPhase[phase]++;
        }
        for (final long count : signalsPerPhase)
        {
            assertTrue(count > 100, "signals per phase " + Arrays.toString(signalsPerPhase));
        }
        assertTrue(scan.modelIds.stream().allMatch(NAME::equals), scan.modelIds.toString());
    }

    @Test
    void shouldReplayTheJournalToTheSameDigestApplyingTheSwaps()
    {
        final VerifyReport report = verify(config, ModelSwapMode.APPLY_JOURNALED);

        assertEquals(VerifyOutcome.IDENTICAL, report.outcome(), String.join("\n", report.lines()));
        assertEquals(report.journaledDigest(), report.replayedDigest());
        assertEquals(scan.signals.size(), report.replayedCount());
        assertEquals(3, report.replay().modelSwapsApplied(), "the start model and the two swaps");
        assertEquals(3 * PHASE, report.replay().inputsReplayed() + report.replay().rejectedReplayed());

        final VerifyReport fromVersion2 = verify(withModel(ModelConfig.ofBundle(registryRoot.resolve(NAME + "/2"))),
            ModelSwapMode.APPLY_JOURNALED);
        assertEquals(VerifyOutcome.IDENTICAL, fromVersion2.outcome(), "the journaled start model decides, not the " +
            "model the replay starts with:\n" + String.join("\n", fromVersion2.lines()));
        assertEquals(report.replayedDigest(), fromVersion2.replayedDigest());

        final VerifyReport withoutSwaps = verify(config, ModelSwapMode.KEEP_GIVEN_MODEL);
        assertEquals(VerifyOutcome.DIFFERENT, withoutSwaps.outcome());
        assertNotEquals(report.journaledDigest(), withoutSwaps.replayedDigest(),
            "version 2 decides differently, so the identical digest above is the swaps replayed");
    }

    @Test
    void shouldNameTheStartModelForTheDriftReplay()
    {
        // The engine went live with version 1 (journaled before its first input) and later ran 2 and 1 again: the
        // drift replay binds its monitor to that start model, as the live monitor was bound, whatever is promoted.
        assertEquals(Optional.of(registryRoot.resolve(NAME).resolve("1")),
            StartModel.find(config.journal().directory()));
    }

    private static TicksignalConfig withModel(final ModelConfig model)
    {
        return new TicksignalConfig(config.engine(), config.instruments(), config.aeron(), config.journal(),
            config.features(), model, config.decision(), config.counters());
    }

    private static VerifyReport verify(final TicksignalConfig replayConfig, final ModelSwapMode mode)
    {
        final ReplayVerifier verifier = new ReplayVerifier(null);
        try (JournalReader reader = JournalReader.open(config.journal().directory());
            ReplayDriver driver = new ReplayDriver(replayConfig, mode, ReplayFilter.all(), verifier))
        {
            return verifier.report(driver.run(reader, ReplayProgress.NONE));
        }
    }

    static void writeVersion(
        final Path registryRoot, final long version, final String buyAbove, final String sellBelow, final String secondFeature)
        throws IOException
    {
        final Path directory = registryRoot.resolve(NAME).resolve(Long.toString(version));
        Files.createDirectories(directory);
        // P(up) = sigmoid(0.05 (rsi - 50) + 0.8 roc): around 0.5, so the thresholds decide.
        Files.writeString(directory.resolve("model.yaml"), String.join("\n",
            "name: " + NAME,
            "version: " + version,
            "scorer: LOGISTIC",
            "features:",
            "  - \"rsi(14)@1m\"",
            "  - " + secondFeature,
            "output:",
            "  meaning: BINARY",
            "  labels: [DOWN, UP]",
            "calibration:",
            "  kind: NONE",
            "thresholds:",
            "  buyAbove: " + buyAbove,
            "  sellBelow: " + sellBelow,
            "logistic:",
            "  link: SIGMOID",
            "  coefficients:",
            "    - [0.05, 0.8]",
            "  intercepts: [-2.5]",
            ""));
    }

    static void feed(
        final EngineRuntime engine, final Publication publication, final List<byte[]> frames, final int from,
        final int to)
    {
        final long receivedBefore = engine.counters().inputsReceived().get();
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[0]);
        final IdleStrategy idle = IdleStrategies.newBackoff();
        for (int i = from; i < to; i++)
        {
            buffer.wrap(frames.get(i));
            final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
            while (publication.offer(buffer, 0, buffer.capacity()) < 0)
            {
                assertTrue(System.nanoTime() - deadlineNs < 0, "the engine did not take trade " + i);
                idle.idle();
            }
            idle.reset();
        }
        await(() -> engine.counters().inputsReceived().get() == receivedBefore + to - from, TIMEOUT_S,
            "the engine to take trades up to " + to);
    }

    private static SwapAnswer awaitAnswer(final ModelRequestDirectory answers, final long version)
    {
        final AtomicReference<SwapAnswer> answer = new AtomicReference<>();
        await(() ->
        {
            answers.takeAnswer(RegistryFollower.answerId(NAME, version)).ifPresent(answer::set);
            return null != answer.get();
        }, TIMEOUT_S, "the engine's answer to version " + version);
        return answer.get();
    }

    /** The journal's signals (engine sequence, model version) and model swaps. */
    static final class JournalScan implements JournalRecordListener
    {
        final List<long[]> signals = new ArrayList<>();
        final List<String> modelIds = new ArrayList<>();
        final List<ModelSwapDetail> swaps = new ArrayList<>();
        final List<Long> swapSequences = new ArrayList<>();
        final List<Long> swapVersions = new ArrayList<>();
        final List<String> controls = new ArrayList<>();
        private final MessageHeaderDecoder header = new MessageHeaderDecoder();
        private final SignalDecoder signal = new SignalDecoder();
        private final ControlEventDecoder control = new ControlEventDecoder();

        @Override
        public void onRecord(
            final long index, final long engineSequence, final long receiveTimeNs, final EventKind kind,
            final int rejectReason, final DirectBuffer payload, final int offset, final int length)
        {
            if (kind == EventKind.OUTPUT)
            {
                signal.wrapAndApplyHeader(payload, offset, header);
                final String modelId = signal.modelId();
                if (!modelIds.contains(modelId))
                {
                    modelIds.add(modelId);
                }
                signals.add(new long[] { signal.engineSequence(), signal.modelVersion() });
            }
            else if (kind == EventKind.CONTROL)
            {
                control.wrapAndApplyHeader(payload, offset, header);
                controls.add(control.controlType().name());
                if (control.controlType() == ControlType.MODEL_SWAP)
                {
                    swapSequences.add(engineSequence);
                    swapVersions.add(control.modelVersion());
                    swaps.add(ModelSwapDetail.parse(control.detail()));
                }
            }
        }

        @Override
        public void onCorruptRecord(
            final long index, final int reason, final DirectBuffer document, final int offset, final int length)
        {
            throw new AssertionError("corrupt record at " + index);
        }
    }
}
