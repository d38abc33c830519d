package io.ticksignal.bench.gc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the child JVM of a GC run measured, handed to the parent as {@code key=value} lines.
 *
 * @param collectors         the JVM's garbage collectors ({@code GarbageCollectorMXBean} names).
 * @param startUpGcCycles    GC cycles before the first event (start-up, engine launch).
 * @param warmUpGcCycles     GC cycles while the warm-up events were processed.
 * @param measuredGcCycles   GC cycles after warm-up, until every event was processed.
 * @param measuredGcMillis   GC time after warm-up, ms (the collectors' accumulated time).
 * @param warmUpEndUptimeMs  JVM uptime when the warm-up events had been processed, ms.
 * @param endUptimeMs        JVM uptime when every event had been processed, ms.
 * @param warmUpEvents       events sent as warm-up.
 * @param measuredEvents     events sent after warm-up.
 * @param measuredSeconds    wall time of the after-warm-up phase (first send to last processed), s.
 * @param inputsReceived     inputs the engine decoded.
 * @param inputsRejected     inputs the engine rejected.
 * @param signals            signals the engine decided to emit.
 * @param signalsPublished   of those, signals Aeron accepted.
 * @param signalsReceived    signals the child's subscriber received.
 * @param journalDocuments   documents the engine journaled.
 * @param journalBytes       payload bytes the engine journaled.
 * @param offerRetries       offers retried after back-pressure.
 * @param engineErrors       errors the engine counted.
 * @param vmRssKb            resident set size at the end (all events processed, engine still running), KiB.
 * @param vmHwmKb            peak resident set size, KiB.
 * @param rssAnonKb          anonymous part of the resident set (heap, thread stacks, native), KiB.
 * @param rssFileKb          file-backed part (memory-mapped journal files, jars), KiB.
 * @param rssShmemKb         shared-memory part (the Aeron driver's files under /dev/shm), KiB.
 * @param heapUsedAtWarmUpEndBytes heap in use when the warm-up events had been processed, bytes.
 * @param heapUsedBytes      heap in use at the end, bytes.
 * @param heapCommittedBytes heap committed at the end, bytes.
 * @param directBytes        direct buffers in use at the end, bytes.
 * @param mappedBytes        mapped buffers in use at the end, bytes.
 * @param threadAllocations  bytes each thread allocated after warm-up ({@link ThreadAllocations#toText}).
 */
record GcRunFigures(
    String collectors,
    long startUpGcCycles,
    long warmUpGcCycles,
    long measuredGcCycles,
    long measuredGcMillis,
    long warmUpEndUptimeMs,
    long endUptimeMs,
    long warmUpEvents,
    long measuredEvents,
    double measuredSeconds,
    long inputsReceived,
    long inputsRejected,
    long signals,
    long signalsPublished,
    long signalsReceived,
    long journalDocuments,
    long journalBytes,
    long offerRetries,
    long engineErrors,
    long vmRssKb,
    long vmHwmKb,
    long rssAnonKb,
    long rssFileKb,
    long rssShmemKb,
    long heapUsedAtWarmUpEndBytes,
    long heapUsedBytes,
    long heapCommittedBytes,
    long directBytes,
    long mappedBytes,
    String threadAllocations)
{
    private static final List<String> KEYS = List.of(
        "collectors", "startUpGcCycles", "warmUpGcCycles", "measuredGcCycles", "measuredGcMillis",
        "warmUpEndUptimeMs", "endUptimeMs", "warmUpEvents", "measuredEvents", "measuredSeconds", "inputsReceived",
        "inputsRejected", "signals", "signalsPublished", "signalsReceived", "journalDocuments", "journalBytes",
        "offerRetries", "engineErrors", "vmRssKb", "vmHwmKb", "rssAnonKb", "rssFileKb", "rssShmemKb",
        "heapUsedAtWarmUpEndBytes", "heapUsedBytes", "heapCommittedBytes", "directBytes", "mappedBytes",
        "threadAllocations");

    /**
     * @return events sent after warm-up per second of the after-warm-up phase.
     */
    double eventsPerSecond()
    {
        return measuredSeconds > 0 ? measuredEvents / measuredSeconds : 0.0;
    }

    /**
     * @return one {@code key=value} line per component, in declaration order.
     */
    String toText()
    {
        final Object[] values = {
            collectors, startUpGcCycles, warmUpGcCycles, measuredGcCycles, measuredGcMillis, warmUpEndUptimeMs,
            endUptimeMs, warmUpEvents, measuredEvents, measuredSeconds, inputsReceived, inputsRejected, signals,
            signalsPublished, signalsReceived, journalDocuments, journalBytes, offerRetries, engineErrors, vmRssKb,
            vmHwmKb, rssAnonKb, rssFileKb, rssShmemKb, heapUsedAtWarmUpEndBytes, heapUsedBytes, heapCommittedBytes,
            directBytes, mappedBytes,
            threadAllocations };
        final StringBuilder text = new StringBuilder(1024);
        for (int i = 0; i < KEYS.size(); i++)
        {
            text.append(KEYS.get(i)).append('=').append(values[i]).append('\n');
        }
        return text.toString();
    }

    /**
     * @param lines what {@link #toText()} wrote.
     * @return the figures.
     * @throws IllegalArgumentException naming a missing key or a value that is not a number.
     */
    static GcRunFigures parse(final List<String> lines)
    {
        final Map<String, String> values = new LinkedHashMap<>();
        for (final String line : lines)
        {
            final int equals = line.indexOf('=');
            if (equals > 0)
            {
                values.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        for (final String key : KEYS)
        {
            if (!values.containsKey(key))
            {
                throw new IllegalArgumentException("the GC run's figures lack '" + key + "' (the child JVM " +
                    "stopped early or wrote another format)");
            }
        }
        return new GcRunFigures(values.get("collectors"),
            number(values, "startUpGcCycles"), number(values, "warmUpGcCycles"), number(values, "measuredGcCycles"),
            number(values, "measuredGcMillis"), number(values, "warmUpEndUptimeMs"), number(values, "endUptimeMs"),
            number(values, "warmUpEvents"), number(values, "measuredEvents"),
            Double.parseDouble(values.get("measuredSeconds")), number(values, "inputsReceived"),
            number(values, "inputsRejected"), number(values, "signals"), number(values, "signalsPublished"),
            number(values, "signalsReceived"), number(values, "journalDocuments"),
            number(values, "journalBytes"), number(values, "offerRetries"), number(values, "engineErrors"),
            number(values, "vmRssKb"), number(values, "vmHwmKb"), number(values, "rssAnonKb"),
            number(values, "rssFileKb"), number(values, "rssShmemKb"),
            number(values, "heapUsedAtWarmUpEndBytes"),
            number(values, "heapUsedBytes"), number(values, "heapCommittedBytes"), number(values, "directBytes"),
            number(values, "mappedBytes"), values.get("threadAllocations"));
    }

    private static long number(final Map<String, String> values, final String key)
    {
        try
        {
            return Long.parseLong(values.get(key));
        }
        catch (final NumberFormatException ex)
        {
            throw new IllegalArgumentException("the GC run's figure '" + key + "' is not a whole number: '" +
                values.get(key) + "'", ex);
        }
    }
}
