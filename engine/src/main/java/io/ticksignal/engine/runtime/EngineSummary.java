package io.ticksignal.engine.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ticksignal.codecs.sbe.Direction;
import io.ticksignal.codecs.sbe.RejectReason;
import io.ticksignal.engine.counters.EngineCounters;

/**
 * What an engine run did, taken from its counters when it stopped (after the ring was drained). Immutable.
 *
 * @param engineName          {@code engine.name}.
 * @param inputsReceived      frames that entered the pipeline this run (recovery's replay not included).
 * @param inputsAccepted      inputs accepted.
 * @param inputsRejected      inputs rejected, all reasons.
 * @param rejectedByReason    reason name to count, reasons with a count only, in reason-code order.
 * @param signalsByDirection  HOLD, BUY, SELL to signals emitted (journaled) this run.
 * @param signalsPublished    signals Aeron accepted.
 * @param signalsUnpublished  signals not published (no subscriber, or still back-pressured at the retry bound).
 * @param shadowSignals       signals of the shadow model ({@code model.shadow}) journaled as SHADOW_OUTPUT this run,
 *                            never published.
 * @param publishBackPressured publication attempts refused by back-pressure.
 * @param publishNotConnected publication attempts without a subscriber.
 * @param ringFullPauses      times ingress stopped polling because the ring was full.
 * @param journalDirectory    the journal, or {@code null} when disabled.
 * @param journalDocuments    documents this run handed to the journal (inputs, outputs, control events).
 * @param journalPayloadBytes their message bytes (envelopes not included).
 * @param recovery            what recovery did at start.
 * @param latency             latency percentiles (see {@link LatencyRecorder}).
 * @param latencyFile         where they were written, or {@code null} when writing failed (an error was counted).
 * @param errors              unexpected errors counted.
 * @param distinctErrors      the error log, one line per distinct error.
 */
public record EngineSummary(
    String engineName,
    long inputsReceived,
    long inputsAccepted,
    long inputsRejected,
    Map<String, Long> rejectedByReason,
    Map<String, Long> signalsByDirection,
    long signalsPublished,
    long signalsUnpublished,
    long shadowSignals,
    long publishBackPressured,
    long publishNotConnected,
    long ringFullPauses,
    Path journalDirectory,
    long journalDocuments,
    long journalPayloadBytes,
    RecoveryResult recovery,
    List<LatencyStats> latency,
    Path latencyFile,
    long errors,
    List<String> distinctErrors)
{
    /**
     * Copies the collections.
     */
    public EngineSummary
    {
        rejectedByReason = orderedCopy(rejectedByReason);
        signalsByDirection = orderedCopy(signalsByDirection);
        latency = List.copyOf(latency);
        distinctErrors = List.copyOf(distinctErrors);
    }

    private static Map<String, Long> orderedCopy(final Map<String, Long> map)
    {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * @param counters read now.
     * @return rejections by reason name, only reasons with a count, in code order.
     */
    static Map<String, Long> rejectedByReason(final EngineCounters counters)
    {
        final Map<String, Long> byReason = new LinkedHashMap<>();
        for (final RejectReason reason : RejectReason.values())
        {
            if (RejectReason.NONE != reason && RejectReason.NULL_VAL != reason)
            {
                final long count = counters.rejected(reason.value()).get();
                if (count > 0)
                {
                    byReason.put(reason.name(), count);
                }
            }
        }
        return byReason;
    }

    /**
     * @param counters read now.
     * @return HOLD, BUY and SELL to their signal counts.
     */
    static Map<String, Long> signalsByDirection(final EngineCounters counters)
    {
        final Map<String, Long> byDirection = new LinkedHashMap<>();
        for (final Direction direction : Direction.values())
        {
            if (Direction.NULL_VAL != direction)
            {
                byDirection.put(direction.name(), counters.signals(direction.value()).get());
            }
        }
        return byDirection;
    }

    /**
     * @return signals emitted this run, all directions.
     */
    public long signals()
    {
        return signalsByDirection.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * @return the summary as lines of text, as {@code ticksignal run} prints it at shutdown.
     */
    public List<String> lines()
    {
        final List<String> lines = new ArrayList<>();
        lines.add("engine " + engineName + " stopped");
        lines.add("inputs: " + inputsReceived + " received, " + inputsAccepted + " accepted, " + inputsRejected +
            " rejected" + (rejectedByReason.isEmpty() ? "" : " " + rejectedByReason));
        lines.add("signals: " + signals() + " " + signalsByDirection + "; published " + signalsPublished +
            ", unpublished " + signalsUnpublished + " (back-pressured attempts " + publishBackPressured +
            ", not connected " + publishNotConnected + ")");
        if (shadowSignals > 0)
        {
            lines.add("shadow signals: " + shadowSignals + " (model.shadow; journaled as SHADOW_OUTPUT, not published)");
        }
        lines.add("ingress: paused on a full ring " + ringFullPauses + " times");
        lines.add(null == journalDirectory ? "journal: disabled" : "journal: " + journalDirectory + " (" +
            journalDocuments + " documents, " + journalPayloadBytes + " payload bytes this run)");
        lines.add(recovery.describe());
        for (final LatencyStats stats : latency)
        {
            lines.add("latency " + stats.line());
        }
        if (null != latencyFile)
        {
            lines.add("latency histograms: " + latencyFile);
        }
        lines.add("errors: " + errors);
        for (final String error : distinctErrors)
        {
            lines.add("  " + error);
        }
        return lines;
    }
}
