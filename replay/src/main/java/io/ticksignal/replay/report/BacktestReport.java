package io.ticksignal.replay.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.ticksignal.replay.backtest.BacktestResult;
import io.ticksignal.replay.backtest.ChallengerComparison;

/**
 * Writes a backtest's {@code metrics.json} and self-contained {@code report.html} into a directory.
 */
public final class BacktestReport
{
    /** File name of the metrics. */
    public static final String METRICS_FILE = "metrics.json";
    /** File name of the HTML report. */
    public static final String REPORT_FILE = "report.html";

    private BacktestReport()
    {
    }

    /**
     * Writes both files, creating the directory if needed.
     *
     * @param result    the backtest.
     * @param inputs    what it ran on; its latency file, when present, gives the latency chart.
     * @param directory the output directory.
     * @return the path of report.html.
     * @throws IOException when a file cannot be written or the latency file cannot be read.
     */
    public static Path write(final BacktestResult result, final BacktestInputs inputs, final Path directory)
        throws IOException
    {
        return write(result, inputs, null, directory);
    }

    /**
     * Writes both files, with the champion/challenger comparison when there is a challenger.
     *
     * @param result     the (champion's) backtest.
     * @param inputs     what it ran on.
     * @param challenger the shadow model's backtest and agreement, or null for none (the files are then exactly
     *                   those of {@link #write(BacktestResult, BacktestInputs, Path)}).
     * @param directory  the output directory.
     * @return the path of report.html.
     * @throws IOException when a file cannot be written or the latency file cannot be read.
     */
    public static Path write(
        final BacktestResult result, final BacktestInputs inputs, final ChallengerComparison challenger,
        final Path directory) throws IOException
    {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(METRICS_FILE), metricsJson(result, inputs, challenger),
            StandardCharsets.UTF_8);
        final Path report = directory.resolve(REPORT_FILE);
        Files.writeString(report, ReportHtml.render(result, inputs, LatencyFile.read(inputs.latencyFile), challenger),
            StandardCharsets.UTF_8);
        return report;
    }

    /**
     * @param result the backtest.
     * @param inputs what it ran on.
     * @return the text of metrics.json.
     */
    public static String metricsJson(final BacktestResult result, final BacktestInputs inputs)
    {
        return metricsJson(result, inputs, null);
    }

    /**
     * @param result     the backtest.
     * @param inputs     what it ran on.
     * @param challenger the shadow model's backtest and agreement, or null for none.
     * @return the text of metrics.json, with a {@code challenger} object when there is one.
     */
    public static String metricsJson(
        final BacktestResult result, final BacktestInputs inputs, final ChallengerComparison challenger)
    {
        return MetricsJson.render(result, inputs, challenger);
    }
}
