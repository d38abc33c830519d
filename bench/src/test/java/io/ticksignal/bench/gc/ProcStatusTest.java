package io.ticksignal.bench.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

final class ProcStatusTest
{
    @Test
    void shouldReadTheMemoryLinesInKilobytes()
    {
        final ProcStatus status = ProcStatus.parse(List.of(
            "Name:\tjava",
            "State:\tS (sleeping)",
            "Pid:\t4242",
            "VmPeak:\t 3877376 kB",
            "VmHWM:\t  566084 kB",
            "VmRSS:\t  502784 kB",
            "RssAnon:\t  128000 kB",
            "RssFile:\t  374784 kB",
            "RssShmem:\t       0 kB",
            "Threads:\t31",
            "voluntary_ctxt_switches:\t12"));

        assertEquals(OptionalLong.of(566_084), status.kilobytes("VmHWM"));
        assertEquals(OptionalLong.of(502_784), status.kilobytes("VmRSS"));
        assertEquals(OptionalLong.of(128_000), status.kilobytes("RssAnon"));
        assertEquals(OptionalLong.of(374_784), status.kilobytes("RssFile"));
        assertEquals(OptionalLong.of(0), status.kilobytes("RssShmem"));
        assertEquals(OptionalLong.empty(), status.kilobytes("Threads"), "a count, not a size");
        assertEquals(OptionalLong.empty(), status.kilobytes("VmSwap"), "absent");
    }

    @Test
    void shouldReadThisProcessesOwnStatusFile() throws IOException
    {
        final Path file = Path.of("/proc/self/status");
        assumeTrue(Files.isReadable(file), "Linux only");
        final ProcStatus status = ProcStatus.parse(Files.readAllLines(file));

        final long rss = status.kilobytes("VmRSS").orElseThrow();
        final long peak = status.kilobytes("VmHWM").orElseThrow();
        assertTrue(rss > 0 && rss <= peak, rss + " kB resident, " + peak + " kB peak");
        assertEquals(rss, status.kilobytes("RssAnon").orElseThrow() + status.kilobytes("RssFile").orElseThrow() +
            status.kilobytes("RssShmem").orElseThrow());
    }
}
