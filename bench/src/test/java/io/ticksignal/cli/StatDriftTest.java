package io.ticksignal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import io.ticksignal.engine.counters.CountersFile;
import io.ticksignal.engine.monitor.MonitorCounters;
import org.agrona.concurrent.SystemEpochClock;
import org.agrona.concurrent.status.CountersManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ticksignal stat} on an engine that monitors drift: readable lines after the counters table.
 */
class StatDriftTest
{
    @TempDir
    Path temp;

    @Test
    void shouldPrintDriftAndAccuracyReadably()
    {
        final Path file = temp.resolve("counters.dat");
        try (CountersFile counters = CountersFile.create(file, "stat-drift", 16, SystemEpochClock.INSTANCE))
        {
            final CountersManager manager = counters.countersManager();
            manager.newCounter("ticksignal: inputs received", 7001).set(100_000);
            newCounter(manager, "drift psi x10000: rsi(14)@1m", MonitorCounters.PSI_TYPE_ID, 340);
            newCounter(manager, "drift psi x10000: roc(5)@1m", MonitorCounters.PSI_TYPE_ID, 2431);
            newCounter(manager, "drift psi x10000: cci(20)@1m", MonitorCounters.PSI_TYPE_ID, -1);
            newCounter(manager, "drift psi max x10000", MonitorCounters.PSI_MAX_TYPE_ID, 2431);
            newCounter(manager, "drift psi alert level x10000", MonitorCounters.PSI_ALERT_LEVEL_TYPE_ID, 2000);
            newCounter(manager, "drift alerts", MonitorCounters.DRIFT_ALERTS_TYPE_ID, 3);
            newCounter(manager, "drift features alerting", MonitorCounters.FEATURES_ALERTING_TYPE_ID, 1);
            newCounter(manager, "rolling accuracy x10000", MonitorCounters.ACCURACY_TYPE_ID, 5310);
            newCounter(manager, "rolling accuracy labels", MonitorCounters.ACCURACY_LABELS_TYPE_ID, 500);
            newCounter(manager, "matured labels", MonitorCounters.MATURED_LABELS_TYPE_ID, 9363);
            newCounter(manager, "accuracy floor x10000", MonitorCounters.ACCURACY_FLOOR_TYPE_ID, 5000);
            newCounter(manager, "accuracy alerts", MonitorCounters.ACCURACY_ALERTS_TYPE_ID, 1);

            final CommandRun run = CommandRun.of("stat", "--counters", counters.file().toString());

            assertEquals(0, run.exitCode(), run.err());
            final List<String> lines = Arrays.asList(run.out().split("\n"));
            assertEquals(List.of(
                "",
                "monitoring",
                "  drift psi rsi(14)@1m         0.0340  (alert above 0.2000)",
                "  drift psi roc(5)@1m          0.2431  (alert above 0.2000)",
                "  drift psi cci(20)@1m         -       (window not full yet)",
                "  drift alerts                 3 so far; above the alert level now: 1 feature; max psi 0.2431",
                "  rolling accuracy             0.5310 over 500 labels (floor 0.5000)",
                "  accuracy alerts              1 so far, 9363 labels matured"),
                lines.subList(lines.size() - 8, lines.size()), run.out());
            assertEquals("   0               100000  ticksignal: inputs received", lines.get(2));
        }
    }

    @Test
    void shouldPrintNoMonitoringLinesWithoutMonitoringCounters()
    {
        final Path file = temp.resolve("counters.dat");
        try (CountersFile counters = CountersFile.create(file, "stat-plain", 4, SystemEpochClock.INSTANCE))
        {
            counters.countersManager().newCounter("ticksignal: inputs received", 7001).set(7);
            final CommandRun run = CommandRun.of("stat", "--counters", counters.file().toString());
            assertEquals(0, run.exitCode(), run.err());
            assertEquals(3, run.out().split("\n").length, run.out());
        }
    }

    private static void newCounter(final CountersManager manager, final String label, final int typeId,
        final long value)
    {
        manager.newCounter("ticksignal: " + label, typeId).set(value);
    }
}
