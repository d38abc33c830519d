package io.ticksignal.replay.drift;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.ticksignal.codecs.sbe.EventKind;
import io.ticksignal.config.ModelConfig;
import io.ticksignal.config.ModelKind;
import io.ticksignal.config.TicksignalConfig;
import io.ticksignal.engine.journal.JournalReader;
import io.ticksignal.engine.journal.JournalRecordListener;
import io.ticksignal.engine.monitor.AlertEdge;
import io.ticksignal.engine.monitor.DriftAlertListener;
import io.ticksignal.engine.monitor.DriftAlertLog;
import io.ticksignal.engine.monitor.DriftMonitor;
import io.ticksignal.replay.run.ModelSwapMode;
import io.ticksignal.replay.run.ReplayDriver;
import io.ticksignal.replay.run.ReplayFilter;
import io.ticksignal.replay.run.ReplayListener;
import org.agrona.DirectBuffer;

/**
 * Replays a journal's inputs through a REPLAY-mode pipeline of a configuration (its model bundle and
 * {@code monitoring:} section) and samples the pipeline's {@link DriftMonitor} after each input at which a PSI or the
 * accuracy changed. The monitor is the engine's own class fed the same inputs in the same order, so the final values
 * are those the live engine's counters showed (for a journal the engine wrote with that configuration). Cold path:
 * allocates per point.
 */
public final class JournalDrift implements JournalRecordListener, DriftAlertListener
{
    private final ReplayDriver driver;
    private final DriftMonitor monitor;
    private final List<String> alertLines = new ArrayList<>();
    private final LongList timeNs = new LongList();
    private final DoubleList[] psi;
    private final DoubleList accuracy = new DoubleList();
    private long lastDecisionPoints;
    private long lastScoredLabels;

    private JournalDrift(final ReplayDriver driver)
    {
        this.driver = driver;
        this.monitor = driver.pipeline().monitor();
        psi = new DoubleList[monitor.featureCount()];
        for (int f = 0; f < psi.length; f++)
        {
            psi[f] = new DoubleList();
        }
    }

    /**
     * @param journal  the journal directory.
     * @param config   the configuration whose model and {@code monitoring:} section to use.
     * @param swapMode {@link ModelSwapMode#APPLY_JOURNALED} to follow the live engine's model swaps, or
     *                 {@link ModelSwapMode#KEEP_GIVEN_MODEL} for the configuration's model throughout.
     * @return the trace; inactive (saying why) when the model is not monitored.
     * @throws IllegalArgumentException when the configuration's model cannot be built.
     */
    public static DriftTrace replay(final Path journal, final TicksignalConfig config, final ModelSwapMode swapMode)
    {
        final ReplayListener ignore = new ReplayListener()
        {
            @Override
            public void onReplayedSignal(final long sequence, final DirectBuffer buffer, final int offset,
                final int length)
            {
            }

            @Override
            public void onJournaledSignal(final long sequence, final DirectBuffer buffer, final int offset,
                final int length)
            {
            }
        };
        final TicksignalConfig started = startedWith(journal, config, swapMode);
        try (ReplayDriver driver = new ReplayDriver(started, swapMode, ReplayFilter.all(), ignore);
            JournalReader reader = JournalReader.open(journal))
        {
            final JournalDrift drift = new JournalDrift(driver);
            if (!drift.monitor.isActive())
            {
                return DriftTrace.inactive(drift.monitor.inactiveReason());
            }
            drift.monitor.attach(null, drift);
            int read;
            do
            {
                read = reader.poll(drift, ReplayDriver.BATCH);
            }
            while (read > 0);
            return drift.trace(started);
        }
    }

    /**
     * The configuration with the model the live engine started with when the journal names it (a registry engine
     * journals its start version): the monitor keeps the histograms of the model it is built with, as live.
     */
    private static TicksignalConfig startedWith(
        final Path journal, final TicksignalConfig config, final ModelSwapMode swapMode)
    {
        if (ModelSwapMode.APPLY_JOURNALED != swapMode || ModelKind.RULE == config.model().kind())
        {
            return config;
        }
        return StartModel.find(journal).map(bundle -> new TicksignalConfig(config.engine(), config.instruments(),
            config.aeron(), config.journal(), config.features(),
            ModelConfig.ofBundle(bundle).withShadow(config.model().shadowDirectory()), config.decision(),
            config.counters(), config.monitoring())).orElse(config);
    }

    @Override
    public void onRecord(
        final long index,
        final long engineSequence,
        final long receiveTimeNs,
        final EventKind kind,
        final int rejectReason,
        final DirectBuffer payload,
        final int offset,
        final int length)
    {
        driver.onRecord(index, engineSequence, receiveTimeNs, kind, rejectReason, payload, offset, length);
        if (EventKind.INPUT == kind &&
            (monitor.decisionPoints() != lastDecisionPoints || monitor.scoredLabels() != lastScoredLabels))
        {
            lastDecisionPoints = monitor.decisionPoints();
            lastScoredLabels = monitor.scoredLabels();
            timeNs.add(monitor.lastEventTimeNs());
            for (int f = 0; f < psi.length; f++)
            {
                psi[f].add(monitor.psi(f));
            }
            accuracy.add(monitor.accuracy());
        }
    }

    @Override
    public void onCorruptRecord(
        final long index, final int reason, final DirectBuffer document, final int offset, final int length)
    {
        driver.onCorruptRecord(index, reason, document, offset, length);
    }

    @Override
    public void onDriftAlert(
        final AlertEdge edge, final String feature, final double value, final double psiAlert, final long eventTimeNs)
    {
        alertLines.add(DriftAlertLog.driftLine(edge, feature, value, psiAlert, eventTimeNs));
    }

    @Override
    public void onAccuracyAlert(
        final AlertEdge edge, final double value, final int labels, final double floor, final long eventTimeNs)
    {
        alertLines.add(DriftAlertLog.accuracyLine(edge, value, labels, floor, eventTimeNs));
    }

    private DriftTrace trace(final TicksignalConfig config)
    {
        final double[][] psiSeries = new double[psi.length][];
        final double[] finalPsi = new double[psi.length];
        for (int f = 0; f < psi.length; f++)
        {
            psiSeries[f] = psi[f].toArray();
            finalPsi[f] = monitor.psi(f);
        }
        final boolean labelled = monitor.monitorsAccuracy();
        final DriftTrace.Settings settings = new DriftTrace.Settings(config.monitoring().window(),
            monitor.psiAlert(), labelled ? monitor.rollingAccuracy().label().expression() : null,
            config.monitoring().accuracyWindow(), monitor.accuracyFloor(), monitor.minLabels());
        final DriftTrace.Totals totals = new DriftTrace.Totals(finalPsi, monitor.maxPsi(), monitor.driftAlerts(),
            monitor.accuracy(), labelled ? monitor.rollingAccuracy().labelsInWindow() : 0,
            labelled ? monitor.rollingAccuracy().maturedLabels() : 0, monitor.accuracyAlerts(),
            monitor.decisionPoints());
        return new DriftTrace(null, settings, monitor.features(), timeNs.toArray(), psiSeries, accuracy.toArray(),
            totals, alertLines);
    }

    /** A growable list of longs. */
    private static final class LongList
    {
        private long[] values = new long[1024];
        private int size;

        void add(final long value)
        {
            if (size == values.length)
            {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] toArray()
        {
            return Arrays.copyOf(values, size);
        }
    }

    /** A growable list of doubles. */
    private static final class DoubleList
    {
        private double[] values = new double[1024];
        private int size;

        void add(final double value)
        {
            if (size == values.length)
            {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        double[] toArray()
        {
            return Arrays.copyOf(values, size);
        }
    }
}
