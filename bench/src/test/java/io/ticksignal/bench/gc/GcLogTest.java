package io.ticksignal.bench.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

final class GcLogTest
{
    /** Lines as JDK 17's G1 writes them with -Xlog:gc*:file=F:uptime,level,tags (abridged, tags padded). */
    private static final List<String> LOG = List.of(
        "[0.024s][info][gc] Using G1",
        "[0.036s][info][gc,init] Heap Max Capacity: 64M",
        "[0.812s][info][gc,start       ] GC(0) Pause Young (Normal) (G1 Evacuation Pause)",
        "[0.812s][info][gc,task        ] GC(0) Using 2 workers of 2 for evacuation",
        "[0.815s][info][gc,heap        ] GC(0) Eden regions: 24->0(27)",
        "[0.815s][info][gc             ] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(64M) 2.911ms",
        "[0.815s][info][gc,cpu         ] GC(0) User=0.00s Sys=0.00s Real=0.00s",
        "[1.402s][info][gc,start       ] GC(1) Pause Young (Concurrent Start) (Metadata GC Threshold)",
        "[1.405s][info][gc             ] GC(1) Pause Young (Concurrent Start) (Metadata GC Threshold) " +
            "9M->4M(64M) 3.0ms",
        "[1.405s][info][gc             ] GC(2) Concurrent Mark Cycle",
        "[1.431s][info][gc,marking     ] GC(2) Concurrent Mark From Roots 25.1ms",
        "[1.433s][info][gc             ] GC(2) Concurrent Mark Cycle 27.5ms",
        "[12.5s][info][gc,start] GC(3) Pause Young (Normal) (G1 Evacuation Pause)",
        "[12.5s][info][gc,heap,exit] Heap");

    @Test
    void shouldFindEachCycleOnceWithItsFirstUptimeAndSummaryLine()
    {
        final List<GcLog.Cycle> cycles = GcLog.cycles(LOG);

        assertEquals(4, cycles.size());
        assertEquals(new GcLog.Cycle(0, 0.812,
            "Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(64M) 2.911ms"), cycles.get(0));
        assertEquals(new GcLog.Cycle(1, 1.402,
            "Pause Young (Concurrent Start) (Metadata GC Threshold) 9M->4M(64M) 3.0ms"), cycles.get(1));
        assertEquals(new GcLog.Cycle(2, 1.405, "Concurrent Mark Cycle"), cycles.get(2));
        assertEquals(new GcLog.Cycle(3, 12.5, "Pause Young (Normal) (G1 Evacuation Pause)"), cycles.get(3),
            "a cycle without a summary line is described by its first line");
    }

    @Test
    void shouldCountOnlyCyclesThatBeganAfterTheGivenUptime()
    {
        final List<GcLog.Cycle> cycles = GcLog.cycles(LOG);

        assertEquals(List.of(2L, 3L), GcLog.after(cycles, 1.402).stream().map(GcLog.Cycle::id).toList());
        assertEquals(List.of(3L), GcLog.after(cycles, 1.5).stream().map(GcLog.Cycle::id).toList());
        assertTrue(GcLog.after(cycles, 12.5).isEmpty());
        assertEquals(List.of(1L, 2L), GcLog.between(cycles, 0.812, 1.405).stream().map(GcLog.Cycle::id).toList(),
            "from after the first uptime up to and including the second");
    }

    @Test
    void shouldFindNoCycleInALogOfStartUpLinesOnly()
    {
        assertTrue(GcLog.cycles(List.of("[0.024s][info][gc] Using G1", "not a log line", "")).isEmpty());
    }
}
