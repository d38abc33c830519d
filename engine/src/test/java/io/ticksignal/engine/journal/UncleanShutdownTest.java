package io.ticksignal.engine.journal;

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

import io.ticksignal.config.RollCycleKind;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Journals written by a process that halted without closing them (a child JVM that calls
 * {@code Runtime.halt}).
 */
class UncleanShutdownTest
{
    private static final int COUNT = 100;
    private static final long CHILD_DEADLINE_SECONDS = 120;

    @TempDir
    Path directory;

    @Test
    void shouldReadAndContinueAJournalWhoseWriterHaltedWithoutClosing() throws Exception
    {
        runHaltingWriter("between");

        try (JournalReader reader = JournalReader.open(directory.resolve("journal")))
        {
            final RecordingListener listener = RecordingListener.readAll(reader);
            assertEquals(sequences(1, COUNT), listener.sequences());
            assertTrue(listener.corrupt.isEmpty());
            assertEquals(COUNT, reader.lastEngineSequence());
        }

        final UnsafeBuffer trade = TestMessages.trade(1, 1_000, 100, 1);
        try (ChronicleJournal journal = ChronicleJournal.open(directory.resolve("journal"), RollCycleKind.FAST_DAILY))
        {
            for (long sequence = COUNT + 1; sequence <= COUNT + 5; sequence++)
            {
                journal.appendInput(sequence, 1_000 + sequence, trade, 0, trade.capacity());
            }
        }

        try (JournalReader reader = JournalReader.open(directory.resolve("journal")))
        {
            final RecordingListener listener = RecordingListener.readAll(reader);
            assertEquals(sequences(1, COUNT + 5), listener.sequences());
            assertTrue(listener.corrupt.isEmpty());
        }
    }

    @Test
    void shouldReadUpToTheLastCompleteDocumentAndContinueWhenTheWriterHaltedMidDocument() throws Exception
    {
        runHaltingWriter("mid-document");

        try (JournalReader reader = JournalReader.open(directory.resolve("journal")))
        {
            final RecordingListener listener = RecordingListener.readAll(reader);
            assertEquals(sequences(1, COUNT), listener.sequences());
            assertTrue(listener.corrupt.isEmpty());
            assertEquals(COUNT, reader.lastEngineSequence());
            assertEquals(0, reader.poll(listener, 10));
        }

        final UnsafeBuffer trade = TestMessages.trade(1, 1_000, 100, 1);
        try (ChronicleJournal journal = ChronicleJournal.open(directory.resolve("journal"), RollCycleKind.FAST_DAILY))
        {
            journal.appendInput(COUNT + 1, 1_000, trade, 0, trade.capacity());
        }

        try (JournalReader reader = JournalReader.open(directory.resolve("journal")))
        {
            final RecordingListener listener = RecordingListener.readAll(reader);
            assertEquals(sequences(1, COUNT + 1), listener.sequences(), "the half-written document is written over");
            assertTrue(listener.corrupt.isEmpty());
        }
    }

    private void runHaltingWriter(final String where) throws IOException, InterruptedException
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
        command.add(HaltingJournalWriter.class.getName());
        command.add(directory.resolve("journal").toString());
        command.add(Integer.toString(COUNT));
        command.add(where);

        final Path log = directory.resolve("child.log");
        final Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        final boolean exited = child.waitFor(CHILD_DEADLINE_SECONDS, TimeUnit.SECONDS);
        if (!exited)
        {
            child.destroyForcibly();
        }

        final String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(exited, "child did not exit: " + output);
        assertEquals(HaltingJournalWriter.HALT_STATUS, child.exitValue(), output);
    }

    private static List<Long> sequences(final long from, final long to)
    {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }
}
