package io.ticksignal.bench.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.ticksignal.config.JournalMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class E2eHarnessTest
{
    private static final Pattern RATE = Pattern.compile(
        "\\{\"offeredPerSecond\": 2000, .*\"sentMessages\": (\\d+), \"receivedSignals\": (\\d+), .*" +
        "\"latencyNs\": \\{\"count\": (\\d+), \"p50\": (\\d+), \"p90\": (\\d+), \"p99\": (\\d+), " +
        "\"p99.9\": (\\d+), \"p99.99\": (\\d+), \"max\": (\\d+)");
    private static final Pattern FLOOR = Pattern.compile(
        "\"rttNs\": \\{\"count\": (\\d+), \"p50\": (\\d+), \"p90\": \\d+, \"p99\": (\\d+), .*\"max\": (\\d+)");

    @Test
    @Timeout(20)
    void shouldRecordEverySignalAtLowRateAndWriteOrderedPercentiles(@TempDir final Path out) throws Exception
    {
        final E2eSettings settings = new E2eSettings(List.of(2_000L), 1.0, 0.0, JournalMode.ENABLED, out,
            "test");

        final Path markdown = new E2eHarness(settings).run();

        assertTrue(Files.isRegularFile(markdown), markdown.toString());
        final String name = markdown.getFileName().toString();
        final Path json = markdown.resolveSibling(name.substring(0, name.length() - ".md".length()) + ".json");
        assertTrue(Files.isRegularFile(json), json.toString());
        assertTrue(Files.readString(markdown).contains("| 2000 | 2000 | 2000 |"), Files.readString(markdown));

        final String text = Files.readString(json);
        final Matcher rate = RATE.matcher(text);
        assertTrue(rate.find(), text);
        final long sent = Long.parseLong(rate.group(1));
        assertEquals(2_000, sent);
        assertEquals(sent, Long.parseLong(rate.group(2)));
        assertTrue(Long.parseLong(rate.group(3)) >= sent, text);
        assertOrdered(text, Long.parseLong(rate.group(4)), Long.parseLong(rate.group(5)),
            Long.parseLong(rate.group(6)), Long.parseLong(rate.group(7)), Long.parseLong(rate.group(8)),
            Long.parseLong(rate.group(9)));

        final Matcher floor = FLOOR.matcher(text);
        assertTrue(floor.find(), text);
        assertTrue(Long.parseLong(floor.group(1)) > 0, text);
        assertOrdered(text, Long.parseLong(floor.group(2)), Long.parseLong(floor.group(3)),
            Long.parseLong(floor.group(4)));
    }

    private static void assertOrdered(final String text, final long... percentiles)
    {
        assertTrue(percentiles[0] > 0, text);
        for (int i = 1; i < percentiles.length; i++)
        {
            assertTrue(percentiles[i - 1] <= percentiles[i], text);
        }
    }
}
