package io.ticksignal.engine.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * The allocation-free alert text equals what {@link Instant#toString()} and {@code %.4f} write, and the engine's
 * alert log allocates nothing per line.
 */
final class AlertTextTest
{
    @Test
    void shouldWriteTimesAsInstantDoes()
    {
        final SplittableRandom random = new SplittableRandom(7);
        final long[] fixed = { 0L, 1L, 999L, 1_000L, 1_000_000L, -1L, -1_000_000_000L, 951_782_400_000_000_000L,
            1_385_630_160_500_000_000L, 1_385_630_160_000_123_000L, 4_102_444_800_000_000_000L, -2_208_988_800_000_000_001L };
        for (final long ns : fixed)
        {
            assertEquals(instant(ns), AlertText.time(new StringBuilder(), ns).toString(), "ns " + ns);
        }
        for (int i = 0; i < 20_000; i++)
        {
            // 1900 .. 2200, whole seconds, milliseconds, microseconds or nanoseconds
            long ns = random.nextLong(-2_208_988_800L, 7_258_118_400L) * 1_000_000_000L;
            ns += switch (i % 4)
            {
                case 0 -> 0L;
                case 1 -> random.nextLong(1_000) * 1_000_000L;
                case 2 -> random.nextLong(1_000_000) * 1_000L;
                default -> random.nextLong(1_000_000_000L);
            };
            assertEquals(instant(ns), AlertText.time(new StringBuilder(), ns).toString(), "ns " + ns);
        }
    }

    @Test
    void shouldWriteFourDecimalsAsFormatDoes()
    {
        final SplittableRandom random = new SplittableRandom(11);
        final double[] fixed = { 0.0, 0.2, 0.16, 0.5, 1.0, 0.24312, 0.19871, 0.495, 12.3456, 0.00004, -0.00004,
            -0.3675, 7.592767 };
        for (final double value : fixed)
        {
            assertEquals(String.format(Locale.ROOT, "%.4f", value),
                AlertText.fixed4(new StringBuilder(), value).toString(), "value " + value);
        }
        for (int i = 0; i < 20_000; i++)
        {
            final double value = random.nextDouble() * (i % 2 == 0 ? 1.0 : 50.0);
            assertEquals(String.format(Locale.ROOT, "%.4f", value),
                AlertText.fixed4(new StringBuilder(), value).toString(), "value " + value);
        }
        assertEquals("NaN", AlertText.fixed4(new StringBuilder(), Double.NaN).toString());
    }

    @Test
    void shouldLogWithoutAllocating()
    {
        final DriftAlertLog log = new DriftAlertLog(new PrintStream(OutputStream.nullOutputStream(), false));
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 20_000; i++)
        {
            logFour(log, i);
        }
        final long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        for (int i = 0; i < 20_000; i++)
        {
            logFour(log, i);
        }
        final long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
        assertTrue(allocated < 1_024, "allocated " + allocated + " bytes over 80,000 alert lines");
    }

    private static void logFour(final DriftAlertLog log, final int i)
    {
        final long ns = 1_385_630_040_000_000_000L + i * 60_000_000_000L;
        log.onDriftAlert(AlertEdge.RAISED, "rsi(14)@1m", 0.2 + i * 1e-6, 0.2, ns);
        log.onDriftAlert(AlertEdge.CLEARED, "rsi(14)@1m", 0.15, 0.16, ns);
        log.onDriftAlert(AlertEdge.CLEARED, "roc(5)@1m", Double.NaN, 0.2, ns);
        log.onAccuracyAlert(AlertEdge.RAISED, 0.49, 500, 0.5, ns);
    }

    private static String instant(final long ns)
    {
        return Instant.ofEpochSecond(Math.floorDiv(ns, 1_000_000_000L), Math.floorMod(ns, 1_000_000_000L)).toString();
    }
}
