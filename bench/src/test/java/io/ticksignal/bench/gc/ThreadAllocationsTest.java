package io.ticksignal.bench.gc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

final class ThreadAllocationsTest
{
    @Test
    void shouldSubtractPerThreadAndSortLargestFirst()
    {
        final Map<Long, ThreadAllocations.Entry> before = Map.of(
            1L, new ThreadAllocations.Entry("main", 1_000),
            2L, new ThreadAllocations.Entry("pipeline", 50_000),
            3L, new ThreadAllocations.Entry("gone", 7));
        final Map<Long, ThreadAllocations.Entry> after = Map.of(
            1L, new ThreadAllocations.Entry("main", 5_500),
            2L, new ThreadAllocations.Entry("pipeline", 50_000),
            4L, new ThreadAllocations.Entry("new", 900));

        final List<ThreadAllocations.Entry> between = ThreadAllocations.between(before, after);

        assertEquals(List.of(new ThreadAllocations.Entry("main", 4_500), new ThreadAllocations.Entry("new", 900)),
            between, "unchanged and ended threads are left out; a new thread counts whole");
    }

    @Test
    void shouldRoundTripTheTextFormAndRejectAMalformedElement()
    {
        final List<ThreadAllocations.Entry> entries = List.of(
            new ThreadAllocations.Entry("main", 4_500), new ThreadAllocations.Entry("aeron: conductor", 12));

        assertEquals("4500:main|12:aeron: conductor", ThreadAllocations.toText(entries));
        assertEquals(entries, ThreadAllocations.parse(ThreadAllocations.toText(entries)));
        assertEquals("-", ThreadAllocations.toText(List.of()));
        assertTrue(ThreadAllocations.parse("-").isEmpty());
        final IllegalArgumentException bad =
            assertThrows(IllegalArgumentException.class, () -> ThreadAllocations.parse("12:main|x:y"));
        assertEquals("a thread allocation must be BYTES:NAME: 'x:y'", bad.getMessage());
    }

    @Test
    void shouldSeeThisThreadAllocate()
    {
        final Map<Long, ThreadAllocations.Entry> before = ThreadAllocations.snapshot();
        final long[][] garbage = new long[64][];
        for (int i = 0; i < garbage.length; i++)
        {
            garbage[i] = new long[1024];
        }
        final Map<Long, ThreadAllocations.Entry> after = ThreadAllocations.snapshot();

        final long mine = ThreadAllocations.between(before, after).stream()
            .filter(entry -> entry.thread().equals(Thread.currentThread().getName()))
            .mapToLong(ThreadAllocations.Entry::bytes).sum();
        assertTrue(mine >= 64L * 1024 * 8, mine + " bytes for 64 arrays of 1024 longs (" + garbage.length + ")");
    }
}
