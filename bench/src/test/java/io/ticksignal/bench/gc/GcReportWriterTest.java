package io.ticksignal.bench.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.ticksignal.config.JournalMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class GcReportWriterTest
{
    private static final GcRunFigures FIGURES = new GcRunFigures("G1 Young Generation, G1 Old Generation",
        3, 1, 0, 0, 2_500, 14_000, 1_000_000, 9_000_000, 11.25, 10_000_000, 0, 357_914, 357_914, 357_914,
        10_357_916, 511_876_096, 42, 0, 502_784, 566_084, 128_000, 374_784, 0, 24_000_000, 24_641_536, 67_108_864,
        3_355_443, 0, "4500:main|900:ticksignal-model-loader");

    @Test
    void shouldRoundTripTheChildsFigures()
    {
        final GcRunFigures parsed = GcRunFigures.parse(FIGURES.toText().lines().toList());

        assertEquals(FIGURES, parsed);
        assertEquals(800_000.0, parsed.eventsPerSecond(), 1e-9);
    }

    @Test
    void shouldNameAMissingOrMalformedFigure()
    {
        final List<String> lines = new ArrayList<>(FIGURES.toText().lines().toList());
        lines.removeIf(line -> line.startsWith("vmRssKb="));
        final IllegalArgumentException missing =
            assertThrows(IllegalArgumentException.class, () -> GcRunFigures.parse(lines));
        assertTrue(missing.getMessage().contains("'vmRssKb'"), missing.getMessage());

        lines.add("vmRssKb=12.5");
        final IllegalArgumentException malformed =
            assertThrows(IllegalArgumentException.class, () -> GcRunFigures.parse(lines));
        assertTrue(malformed.getMessage().contains("'vmRssKb' is not a whole number: '12.5'"), malformed.getMessage());
    }

    @Test
    void shouldReportNoGcAfterWarmUpWithTheHeapAndMemory(@TempDir final Path dir) throws IOException
    {
        final Path log = Files.writeString(dir.resolve("gc.log"),
            "[0.8s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(64M) 2.9ms\n" +
            "[2.1s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 30M->4M(64M) 1.5ms\n");
        final GcReport report = report(JournalMode.ENABLED, GcLog.cycles(Files.readAllLines(log)), FIGURES);

        final Path markdown = new GcReportWriter(report).write(dir.resolve("out"), log);

        assertEquals("2026-11-25-vm-gc.md", markdown.getFileName().toString());
        assertEquals(Files.readString(log), Files.readString(dir.resolve("out").resolve("2026-11-25-vm-gc-log.txt")));
        final String page = Files.readString(markdown);
        assertTrue(page.contains("heap **-Xmx64m**"), page);
        assertTrue(page.contains("- load average (1/5/15 min): 0.50 0.40 0.30 at the start, " +
            "1.50 0.60 0.35 at the end (above 2 means threads waited for a core)"), page);
        assertTrue(page.contains("| **after warm-up** | 9,000,000 | **0** | **0** |"), page);
        assertTrue(page.contains("| start-up (JVM start to the first event) | 0 | 3 | 2 (start-up and warm-up) |"),
            page);
        assertTrue(page.contains("| after the last event (measuring, engine shutdown, JVM exit) | 0 | | 0 |"), page);
        assertTrue(page.contains("| warm-up | 1,000,000 | 1 | |"), page);
        assertTrue(page.contains("**No GC cycle after warm-up** with a 64m heap."), page);
        assertTrue(page.contains("800,000 events/s"), page);
        assertTrue(page.contains("| 491.0 MiB | 552.8 MiB | 125.0 MiB | 366.0 MiB | 0.0 MiB | 23.5 MiB / 64.0 MiB |"),
            page);
        final String json = Files.readString(dir.resolve("out").resolve("2026-11-25-vm-gc.json"));
        assertTrue(json.contains("\"gcCyclesAfterWarmUp\": 0,"), json);
        assertTrue(json.contains("\"gcLogCycles\": 2,"), json);
        assertTrue(json.contains("\"noGcAfterWarmUp\": true,"), json);
        assertTrue(json.contains("\"vmRssKb\": 502784, \"vmHwmKb\": 566084,"), json);
        assertTrue(json.contains("\"gcLogCyclesAfterWarmUpList\": [],"), json);
        assertTrue(json.contains("\"allocatedAfterWarmUpBytes\": 5400,"), json);
        assertTrue(json.contains("\"allocatedAfterWarmUpByThread\": [{\"thread\": \"main\", \"bytes\": 4500}, " +
            "{\"thread\": \"ticksignal-model-loader\", \"bytes\": 900}],"), json);
        assertTrue(page.contains("5,400 bytes in all, 0.0006 B/event, 0.5 KB/s;"), page);
        assertTrue(page.contains("| ticksignal-model-loader | 900 | 0.0001 | 0.1 |"), page);
    }

    @Test
    void shouldListTheCyclesAfterWarmUpAndNameTheNoJournalRun(@TempDir final Path dir) throws IOException
    {
        final GcRunFigures oneCycle = new GcRunFigures(FIGURES.collectors(), 3, 0, 1, 2, 2_500, 14_000, 1_000_000,
            9_000_000, 11.25, 10_000_000, 0, 5, 5, 5, 0, 0, 0, 0, 1, 1, 1, 0, 0, 1, 1, 1, 0, 0, "-");
        final List<GcLog.Cycle> cycles = List.of(
            new GcLog.Cycle(0, 0.8, "Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(64M) 2.9ms"),
            new GcLog.Cycle(1, 7.25, "Pause Young (Normal) (G1 Evacuation Pause) 60M->4M(64M) 1.8ms"),
            new GcLog.Cycle(2, 14.5, "Pause Young (Concurrent Start) (Metadata GC Threshold) 24M->13M(64M) 5ms"));
        final GcReport report = report(JournalMode.DISABLED, cycles, oneCycle);

        final GcReportWriter writer = new GcReportWriter(report);
        assertEquals("2026-11-25-vm-gc-nojournal", writer.stem());
        assertFalse(report.noGcAfterWarmUp());
        final String page = writer.markdown();
        assertTrue(page.contains("**1 GC cycle(s) after warm-up** (2 ms of GC time"), page);
        assertTrue(page.contains("- GC(1) at 7.250 s: Pause Young (Normal) (G1 Evacuation Pause) 60M->4M(64M) 1.8ms"),
            page);
        assertFalse(page.contains("GC(0) at"), page);
        assertFalse(page.contains("GC(2) at"), "after the last event: shutdown, not the measured phase");
        assertTrue(page.contains("| after the last event (measuring, engine shutdown, JVM exit) | 0 | | 1 |"), page);
        final String json = writer.json();
        assertTrue(json.contains("{\"id\": 1, \"uptimeSeconds\": 7.250, \"description\": \"Pause Young"), json);
        assertTrue(json.contains("\"journal\": \"disabled\","), json);
        assertTrue(json.contains("\"gcLogCyclesAfterWarmUp\": 1,"), json);
        assertTrue(json.contains("\"gcLogCyclesAfterLastEvent\": 1,"), json);
    }

    private static GcReport report(final JournalMode journal, final List<GcLog.Cycle> cycles, final GcRunFigures f)
    {
        final GcRunSettings settings = new GcRunSettings(10_000_000, 1_000_000, "64m", journal,
            Path.of("config/models/demo-btc/1"), Path.of("out"), "ticksignal bench gc");
        return new GcReport(settings, "2026-11-25", "2026-11-25T21:00:00Z", "vm", "Xeon", 2, "Java 17",
            "0.50 0.40 0.30 at the start, 1.50 0.60 0.35 at the end",
            GcRun.jvmArguments("64m", Path.of("gc.log")), f, cycles, 20.0);
    }
}
