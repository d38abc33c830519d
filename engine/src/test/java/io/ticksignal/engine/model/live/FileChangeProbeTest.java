package io.ticksignal.engine.model.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the model loader looks again: first time, after a change of time or length, while a change is recent; and
 * never otherwise. Times are given, not read, so the test does not depend on the clock.
 */
final class FileChangeProbeTest
{
    private static final long OLD_MS = 1_700_000_000_000L;

    @TempDir
    Path temp;

    @Test
    void shouldLookFirstAfterAChangeAndWhileTheChangeIsRecent() throws IOException
    {
        final Path file = temp.resolve("PROMOTED");
        Files.writeString(file, "1\n");
        assertTrue(file.toFile().setLastModified(OLD_MS));
        final FileChangeProbe probe = new FileChangeProbe(file);

        assertTrue(probe.mayHaveChanged(OLD_MS + 10_000), "the first look");
        assertFalse(probe.mayHaveChanged(OLD_MS + 10_100), "nothing changed, long ago");

        Files.writeString(file, "12\n");
        assertTrue(file.toFile().setLastModified(OLD_MS));
        assertTrue(probe.mayHaveChanged(OLD_MS + 10_200), "the length changed, the time did not");
        assertFalse(probe.mayHaveChanged(OLD_MS + 10_300));

        assertTrue(file.toFile().setLastModified(OLD_MS + 20_000));
        assertTrue(probe.mayHaveChanged(OLD_MS + 20_500), "the time changed");
        assertTrue(probe.mayHaveChanged(OLD_MS + 20_000 + FileChangeProbe.RECENT_MS - 1),
            "a change within the last 2 s is looked at again: a second change in the same millisecond would not "
                + "move the time");
        assertFalse(probe.mayHaveChanged(OLD_MS + 20_000 + FileChangeProbe.RECENT_MS));
    }

    @Test
    void shouldSeeAFileAppearAndGo() throws IOException
    {
        final Path file = temp.resolve("PROMOTED");
        final FileChangeProbe probe = new FileChangeProbe(file);
        assertTrue(probe.mayHaveChanged(OLD_MS));
        assertFalse(probe.mayHaveChanged(OLD_MS + 1), "still missing");
        Files.writeString(file, "3\n");
        assertTrue(file.toFile().setLastModified(OLD_MS - 60_000));
        assertTrue(probe.mayHaveChanged(OLD_MS + 2), "appeared");
        Files.delete(file);
        assertTrue(probe.mayHaveChanged(OLD_MS + 3), "gone");
        assertFalse(probe.mayHaveChanged(OLD_MS + 4));
    }

    @Test
    void shouldAllocateNothingWhileNothingChanges() throws IOException
    {
        final Path directory = Files.createDirectories(temp.resolve("model-requests"));
        assertTrue(directory.toFile().setLastModified(OLD_MS));
        final FileChangeProbe probe = new FileChangeProbe(directory);
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        long looks = 0;
        for (int i = 0; i < 20_000; i++)
        {
            looks += probe.mayHaveChanged(OLD_MS + 10_000 + i) ? 1 : 0;
        }
        final long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        for (int i = 0; i < 20_000; i++)
        {
            looks += probe.mayHaveChanged(OLD_MS + 10_000 + i) ? 1 : 0;
        }
        final long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
        assertEquals(1, looks, "only the first look");
        assertTrue(allocated < 1_024, "allocated " + allocated + " bytes over 20,000 probes");
    }
}
