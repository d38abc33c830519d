package io.ticksignal.engine.runtime;

import static io.ticksignal.engine.runtime.RuntimeFixtures.BTC_USD;
import static io.ticksignal.engine.runtime.RuntimeFixtures.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import io.aeron.ExclusivePublication;
import io.aeron.Publication;
import io.ticksignal.codecs.sbe.ControlType;
import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.config.AeronStreamConfig;
import io.ticksignal.engine.aeron.AeronSession;
import io.ticksignal.engine.aeron.NoMediaDriverException;
import io.ticksignal.engine.journal.JournalReader;
import io.ticksignal.engine.journal.OutputDigest;
import io.ticksignal.engine.pipeline.DiscardingJournalSink;
import io.ticksignal.engine.pipeline.Pipeline;
import io.ticksignal.engine.pipeline.PipelineMode;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine in a child JVM is killed mid-stream (SIGKILL: no close, no ENGINE_STOP), restarted on the same
 * journal, and fed the rest: the journaled signals equal those of an uninterrupted run over the same stream.
 */
@Tag("system")
class KillAndRestartTest
{
    private static final int TRADES = 30_000;
    private static final int BEFORE_KILL = 12_000;
    private static final long CHILD_DEADLINE_SECONDS = 60;

    @TempDir
    Path temp;

    private final AeronStreamConfig marketData = RuntimeFixtures.DEMO.aeron().marketData();

    @Test
    void shouldProduceTheSignalsOfAnUninterruptedRunAfterAKillAndARestart() throws Exception
    {
        final List<byte[]> frames = BitstampFrames.first(TRADES, BTC_USD);
        final Path journal = temp.resolve("journal");

        final Process first = startEngine("1", journal);
        publish(temp.resolve("aeron-1"), frames.subList(0, BEFORE_KILL), first);
        awaitJournaledInputs(journal, BEFORE_KILL, first);
        first.destroyForcibly();
        assertTrue(first.waitFor(CHILD_DEADLINE_SECONDS, TimeUnit.SECONDS));

        final Process second = startEngine("2", journal);
        publish(temp.resolve("aeron-2"), frames.subList(BEFORE_KILL, TRADES), second);
        awaitJournaledInputs(journal, TRADES, second);
        second.destroy();
        assertTrue(second.waitFor(CHILD_DEADLINE_SECONDS, TimeUnit.SECONDS), log("2"));
        assertTrue(log("2").contains("live: recovery: replayed " + BEFORE_KILL + " inputs"), log("2"));

        final JournalContents contents = JournalContents.read(journal);
        final List<JournalContents.Entry> inputs = contents.inputs();
        assertEquals(LongStream.rangeClosed(1, TRADES).boxed().toList(),
            inputs.stream().map(JournalContents.Entry::engineSequence).toList());
        for (int i = 0; i < TRADES; i++)
        {
            assertEquals(EventKind.INPUT, inputs.get(i).kind());
            assertArrayEquals(frames.get(i), inputs.get(i).payload(), "input " + (i + 1));
        }
        assertEquals(List.of(ControlType.ENGINE_START, ControlType.RECOVERY_START, ControlType.RECOVERY_END,
            ControlType.ENGINE_START, ControlType.ENGINE_STOP), contents.controlTypes());

        final List<byte[]> uninterrupted = uninterruptedSignals(frames);
        final List<JournalContents.Entry> outputs = contents.of(EventKind.OUTPUT);
        assertEquals(uninterrupted.size(), outputs.size());
        for (int i = 0; i < outputs.size(); i++)
        {
            assertArrayEquals(withoutLatency(uninterrupted.get(i)), withoutLatency(outputs.get(i).payload()),
                "signal " + i + " of input " + outputs.get(i).engineSequence());
        }
        assertEquals(digest(uninterrupted), contents.outputDigest());
    }

    private Process startEngine(final String run, final Path journal) throws IOException
    {
        final List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (final String argument : ManagementFactory.getRuntimeMXBean().getInputArguments())
        {
            if (!argument.startsWith("-agentlib") && !argument.startsWith("-javaagent"))
            {
                command.add(argument);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(EngineProcessMain.class.getName());
        command.add(temp.resolve("aeron-" + run).toString());
        command.add(journal.toString());
        command.add(temp.resolve("counters-" + run + ".dat").toString());
        return new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(temp.resolve("engine-" + run + ".log").toFile()).start();
    }

    private void publish(final Path driverDirectory, final List<byte[]> frames, final Process engine)
    {
        try (AeronSession session = connect(driverDirectory, engine);
            ExclusivePublication publication =
                session.aeron().addExclusivePublication(marketData.channel(), marketData.streamId()))
        {
            await(publication::isConnected, 30, "the engine to subscribe");
            final UnsafeBuffer buffer = new UnsafeBuffer(new byte[0]);
            for (final byte[] frame : frames)
            {
                buffer.wrap(frame);
                final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                long result;
                while ((result = publication.offer(buffer, 0, frame.length)) < 0)
                {
                    assertTrue(result == Publication.BACK_PRESSURED || result == Publication.ADMIN_ACTION,
                        "offer failed: " + result);
                    assertTrue(System.nanoTime() - deadlineNs < 0, "back-pressured for 10 s");
                    Thread.onSpinWait();
                }
            }
        }
    }

    private static AeronSession connect(final Path driverDirectory, final Process engine)
    {
        final AeronSession[] session = new AeronSession[1];
        await(() ->
        {
            assertTrue(engine.isAlive(), "the engine exited");
            try
            {
                session[0] = AeronSession.forClient(driverDirectory, null);
                return true;
            }
            catch (final NoMediaDriverException ex)
            {
                return false;
            }
        }, CHILD_DEADLINE_SECONDS, "the engine's driver at " + driverDirectory);
        return session[0];
    }

    private static void awaitJournaledInputs(final Path journal, final long count, final Process engine)
    {
        final JournalContents contents = new JournalContents();
        try (JournalReader reader = JournalReader.open(journal))
        {
            await(() ->
            {
                assertTrue(engine.isAlive(), "the engine exited");
                reader.poll(contents, 10_000);
                return contents.inputs().size() >= count;
            }, CHILD_DEADLINE_SECONDS, count + " inputs in the journal");
        }
    }

    private static List<byte[]> uninterruptedSignals(final List<byte[]> frames)
    {
        final List<byte[]> signals = new ArrayList<>();
        final Pipeline pipeline = Pipeline.create(RuntimeFixtures.DEMO, PipelineMode.REPLAY,
            DiscardingJournalSink.INSTANCE, (sequence, buffer, offset, length) ->
            {
                final byte[] copy = new byte[length];
                buffer.getBytes(offset, copy);
                signals.add(copy);
            }, RuntimeFixtures.inMemoryCounters(), () -> 0L);
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[0]);
        for (int i = 0; i < frames.size(); i++)
        {
            buffer.wrap(frames.get(i));
            pipeline.onInput(i + 1, 0L, buffer, 0, frames.get(i).length);
        }
        return signals;
    }

    private static byte[] withoutLatency(final byte[] signal)
    {
        final byte[] copy = signal.clone();
        final UnsafeBuffer buffer = new UnsafeBuffer(copy);
        buffer.putLong(SignalLayout.LATENCY_OFFSET, 0L);
        return copy;
    }

    private static String digest(final List<byte[]> signals)
    {
        final OutputDigest digest = new OutputDigest();
        signals.forEach(signal -> digest.update(new UnsafeBuffer(signal), 0, signal.length));
        return digest.toHexString();
    }

    private String log(final String run) throws IOException
    {
        return Files.readString(temp.resolve("engine-" + run + ".log"), StandardCharsets.UTF_8);
    }
}
