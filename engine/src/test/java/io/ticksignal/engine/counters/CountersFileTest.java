package io.ticksignal.engine.counters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.agrona.concurrent.status.AtomicCounter;
import org.agrona.concurrent.status.CountersManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountersFileTest
{
    private static final long NOW_MS = 1_700_000_000_000L;

    @TempDir
    Path temp;

    private long nowMs = NOW_MS;

    @Test
    void shouldLetAFreshReaderSeeLabelsAndValues()
    {
        final Path file = temp.resolve("run/engine/counters.dat");
        try (CountersFile countersFile = CountersFile.create(file, "test-engine", 16, this::now))
        {
            final CountersManager manager = countersFile.countersManager();
            final AtomicCounter received = manager.newCounter("ticksignal: inputs received", 7001);
            final AtomicCounter rejected = manager.newCounter("ticksignal: rejected: TRUNCATED", 7004);
            received.set(100_000);
            rejected.increment();
            rejected.increment();

            try (CountersFileReader reader = CountersFileReader.open(file, this::now, CountersFileReader.DEFAULT_STALE_AFTER_MS))
            {
                assertEquals(List.of(
                    new CountersFileReader.Sample(0, 7001, "ticksignal: inputs received", 100_000),
                    new CountersFileReader.Sample(1, 7004, "ticksignal: rejected: TRUNCATED", 2)), reader.sample());
                assertEquals("test-engine", reader.engineName());
                assertEquals(ProcessHandle.current().pid(), reader.pid());
                assertEquals(NOW_MS, reader.startTimeMs());
                assertEquals(file.toAbsolutePath(), reader.file());

                received.increment();
                assertEquals(100_001, reader.countersReader().getCounterValue(received.id()));
            }
        }
        assertFalse(Files.exists(file), "closing deletes the file");
    }

    @Test
    void shouldHoldEveryEngineCounter()
    {
        final Path file = temp.resolve("counters.dat");
        try (CountersFile countersFile = CountersFile.create(file, "e", CountersFile.DEFAULT_COUNTER_CAPACITY, this::now);
            EngineCounters counters = new EngineCounters(countersFile.countersManager());
            CountersFileReader reader = CountersFileReader.open(file, this::now, CountersFileReader.DEFAULT_STALE_AFTER_MS))
        {
            counters.onInputReceived();
            final List<CountersFileReader.Sample> samples = reader.sample();
            assertEquals(EngineCounters.COUNTER_COUNT, samples.size());
            assertEquals(EngineCounters.INPUTS_RECEIVED_TYPE_ID, samples.get(0).typeId());
            assertEquals(1, samples.get(0).value());
        }
    }

    @Test
    void shouldSayNoEngineRunsWhenTheFileIsAbsent()
    {
        final Path file = temp.resolve("absent.dat");

        final CountersFileException ex = assertThrows(CountersFileException.class,
            () -> CountersFileReader.open(file, this::now, CountersFileReader.DEFAULT_STALE_AFTER_MS));

        assertEquals(CountersFileException.Problem.ABSENT, ex.problem());
        assertEquals("no engine is running with counters at " + file +
            "; start one with ticksignal run --config F or pass --counters FILE", ex.getMessage());
    }

    @Test
    void shouldSayNoEngineRunsWhenTheHeartbeatIsStale()
    {
        final Path file = temp.resolve("stale.dat");
        try (CountersFile countersFile = CountersFile.create(file, "e", 4, this::now))
        {
            nowMs += 3_000;
            countersFile.heartbeat(nowMs);
            nowMs += CountersFileReader.DEFAULT_STALE_AFTER_MS;
            try (CountersFileReader reader = CountersFileReader.open(file, this::now, CountersFileReader.DEFAULT_STALE_AFTER_MS))
            {
                assertEquals(NOW_MS + 3_000, reader.heartbeatMs());
                assertTrue(reader.isEngineRunning());
                nowMs += 1;
                assertFalse(reader.isEngineRunning());
                final CountersFileException ex = assertThrows(CountersFileException.class, reader::requireRunning);
                assertEquals(CountersFileException.Problem.NOT_RUNNING, ex.problem());
                assertTrue(ex.getMessage().endsWith("pass --counters FILE (no heartbeat for 5 s)"), ex.getMessage());
            }
        }
    }

    @Test
    void shouldSeeTheEngineStopThroughAnOpenReader()
    {
        final Path file = temp.resolve("stopping.dat");
        final CountersFile countersFile = CountersFile.create(file, "e", 4, this::now);
        try (CountersFileReader reader = CountersFileReader.open(file, this::now, CountersFileReader.DEFAULT_STALE_AFTER_MS))
        {
            countersFile.close();
            assertFalse(reader.isEngineRunning());
            final CountersFileException ex = assertThrows(CountersFileException.class, reader::requireRunning);
            assertTrue(ex.getMessage().endsWith("(the engine stopped)"), ex.getMessage());
        }
    }

    @Test
    void shouldRefuseASecondWriterWhileTheFirstRuns()
    {
        final Path file = temp.resolve("busy.dat");
        try (CountersFile first = CountersFile.create(file, "first", 4, this::now))
        {
            assertEquals(file.toAbsolutePath(), first.file());
            final CountersFileException ex = assertThrows(CountersFileException.class,
                () -> CountersFile.create(file, "second", 4, this::now));
            assertEquals(CountersFileException.Problem.IN_USE, ex.problem());
            assertTrue(ex.getMessage().startsWith("an engine (first, pid "), ex.getMessage());
        }
    }

    @Test
    void shouldReplaceAStaleFileAndLeaveItToItsNewOwner()
    {
        final Path file = temp.resolve("replace.dat");
        final CountersFile first = CountersFile.create(file, "first", 4, this::now);
        nowMs += CountersFileReader.DEFAULT_STALE_AFTER_MS + 1;
        final CountersFile second = CountersFile.create(file, "second", 4, this::now);
        try (CountersFileReader reader = CountersFileReader.open(file, this::now, 1_000))
        {
            assertEquals("second", reader.engineName());
            assertEquals(first.file(), second.file());
        }
        first.close();
        assertTrue(Files.exists(file), "the replaced engine must not delete its successor's file");
        second.close();
        assertFalse(Files.exists(file));
    }

    @Test
    void shouldRefuseAFileThatIsNotACountersFile() throws IOException
    {
        final Path file = temp.resolve("not-counters.dat");
        Files.write(file, new byte[4096]);

        final CountersFileException ex = assertThrows(CountersFileException.class,
            () -> CountersFileReader.open(file, this::now, CountersFileReader.DEFAULT_STALE_AFTER_MS));

        assertEquals(CountersFileException.Problem.INVALID, ex.problem());
        assertTrue(ex.getMessage().contains("it is not a counters file"), ex.getMessage());
    }

    @Test
    void shouldRefuseAFileTooShortForTheHeader() throws IOException
    {
        final Path file = temp.resolve("short.dat");
        Files.write(file, new byte[10]);

        final CountersFileException ex = assertThrows(CountersFileException.class,
            () -> CountersFileReader.open(file, this::now, CountersFileReader.DEFAULT_STALE_AFTER_MS));

        assertEquals(CountersFileException.Problem.INVALID, ex.problem());
        assertTrue(ex.getMessage().contains("it is too short (10 bytes)"), ex.getMessage());
    }

    private long now()
    {
        return nowMs;
    }
}
