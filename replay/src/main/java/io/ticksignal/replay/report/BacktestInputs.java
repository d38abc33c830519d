package io.ticksignal.replay.report;

import java.nio.file.Path;

import io.ticksignal.replay.drift.DriftTrace;

/**
 * What a backtest ran on, for the report's inputs section.
 */
public final class BacktestInputs
{
    final Path journal;
    final String signalSource;
    final String timeframe;
    final long instrumentId;
    final long marketEvents;
    final long signals;
    final Path latencyFile;
    final DriftTrace drift;

    /**
     * @param journal      the journal directory.
     * @param signalSource where the signals came from, e.g. {@code journal} or a bundle path.
     * @param timeframe    the bar timeframe as given, e.g. {@code 1m}.
     * @param instrumentId the instrument backtested.
     * @param marketEvents market events read.
     * @param signals      signals read.
     * @param latencyFile  the engine's latency.txt, or null when there is none.
     */
    public BacktestInputs(
        final Path journal,
        final String signalSource,
        final String timeframe,
        final long instrumentId,
        final long marketEvents,
        final long signals,
        final Path latencyFile)
    {
        this(journal, signalSource, timeframe, instrumentId, marketEvents, signals, latencyFile,
            DriftTrace.inactive("not computed"));
    }

    /**
     * @param journal      the journal directory.
     * @param signalSource where the signals came from, e.g. {@code journal} or a bundle path.
     * @param timeframe    the bar timeframe as given, e.g. {@code 1m}.
     * @param instrumentId the instrument backtested.
     * @param marketEvents market events read.
     * @param signals      signals read.
     * @param latencyFile  the engine's latency.txt, or null when there is none.
     * @param drift        the drift monitor over the journal, for the drift section.
     */
    public BacktestInputs(
        final Path journal,
        final String signalSource,
        final String timeframe,
        final long instrumentId,
        final long marketEvents,
        final long signals,
        final Path latencyFile,
        final DriftTrace drift)
    {
        this.journal = journal;
        this.signalSource = signalSource;
        this.timeframe = timeframe;
        this.instrumentId = instrumentId;
        this.marketEvents = marketEvents;
        this.signals = signals;
        this.latencyFile = latencyFile;
        this.drift = drift;
    }
}
