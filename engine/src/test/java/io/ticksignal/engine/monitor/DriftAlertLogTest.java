package io.ticksignal.engine.monitor;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DriftAlertLogTest
{
    @Test
    void shouldWriteOneLinePerCrossingWithTheEventTime()
    {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final DriftAlertLog log = new DriftAlertLog(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        // 2013-11-28T09:14:00Z = 1385630040 s since the epoch
        log.onDriftAlert(AlertEdge.RAISED, "rsi(14)@1m", 0.24312, 0.2, 1_385_630_040_000_000_000L);
        log.onDriftAlert(AlertEdge.CLEARED, "rsi(14)@1m", 0.19871, 0.2, 1_385_630_100_000_000_000L);
        log.onAccuracyAlert(AlertEdge.RAISED, 0.495, 200, 0.5, 1_385_630_160_500_000_000L);
        log.onAccuracyAlert(AlertEdge.CLEARED, 0.5, 200, 0.5, 1_385_630_220_000_000_000L);
        assertEquals(String.join(System.lineSeparator(),
            "ticksignal: warn: drift: psi of rsi(14)@1m rose to 0.2431, above 0.2000, at 2013-11-28T09:14:00Z",
            "ticksignal: warn: drift: psi of rsi(14)@1m back to 0.1987, at or below 0.2000, at 2013-11-28T09:15:00Z",
            "ticksignal: warn: accuracy: rolling accuracy fell to 0.4950 over 200 labels, below the floor 0.5000, " +
                "at 2013-11-28T09:16:00.500Z",
            "ticksignal: warn: accuracy: rolling accuracy back to 0.5000 over 200 labels, at or above the floor " +
                "0.5000, at 2013-11-28T09:17:00Z", ""), bytes.toString(StandardCharsets.UTF_8));
    }
}
