package io.ticksignal.replay.report;

import java.util.Locale;
import java.util.function.DoubleFunction;

import io.ticksignal.replay.backtest.BacktestResult;
import io.ticksignal.replay.backtest.CalibrationTable;
import io.ticksignal.replay.backtest.Metrics;
import io.ticksignal.replay.backtest.SignalSample;

/**
 * Draws the report's charts from a backtest result, each as an inline SVG string.
 */
final class ReportCharts
{
    /** Shortest trailing window of the rolling Sharpe chart, in bars; longer runs use a twentieth of the bars. */
    static final int ROLLING_WINDOW_BARS = 60;
    static final int PROBABILITY_BINS = 20;
    static final String STRATEGY = "#1f77b4";
    static final String BENCHMARK = "#ff7f0e";

    private final BacktestResult result;
    private final double[] x;
    private final DoubleFunction<String> timeFormat;

    ReportCharts(final BacktestResult result)
    {
        this.result = result;
        final long[] bars = result.barStartNs();
        final long intervalNs = result.context().barIntervalNs();
        x = new double[bars.length + 1];
        for (int i = 0; i < bars.length; i++)
        {
            x[i] = bars[i] / 1e6;
        }
        x[bars.length] = 0 == bars.length ? 0 : (bars[bars.length - 1] + intervalNs) / 1e6;
        if (bars.length > 0)
        {
            x[0] = bars[0] / 1e6;
        }
        timeFormat = TimeTicks.labels(x[0], x[x.length - 1]);
    }

    private static String percent(final double value)
    {
        return String.format(Locale.ROOT, "%.1f%%", value);
    }

    /**
     * Equity points sit at bar boundaries: x[0] the first bar's start (initial equity), x[i] the close of bar i-1.
     */
    private double[] boundaries()
    {
        final double[] boundaries = x.clone();
        final double intervalMs = result.context().barIntervalNs() / 1e6;
        for (int i = 1; i < boundaries.length; i++)
        {
            boundaries[i] = x[0] + i * intervalMs;
        }
        return boundaries;
    }

    String equity()
    {
        return new LineChart("chart-equity", "Equity: strategy vs buy-and-hold", "time (UTC)", "equity (quote currency)")
            .timeX(boundaries(), timeFormat)
            .yFormat(value -> String.format(Locale.ROOT, "%,.0f", value))
            .add(new Series("strategy", STRATEGY, result.equity(), null))
            .add(new Series("buy and hold", BENCHMARK, result.benchmarkEquity(), "7,4"))
            .toSvg();
    }

    /**
     * Champion and challenger equity on one chart, with buy-and-hold; both backtests saw the same bars.
     */
    String equityVersus(final double[] challengerEquity, final String championName, final String challengerName,
        final String challengerColor)
    {
        return new LineChart("chart-equity-challenger", "Equity: champion vs challenger", "time (UTC)",
            "equity (quote currency)")
            .timeX(boundaries(), timeFormat)
            .yFormat(value -> String.format(Locale.ROOT, "%,.0f", value))
            .add(new Series("champion " + championName, STRATEGY, result.equity(), null))
            .add(new Series("challenger " + challengerName, challengerColor, challengerEquity, null))
            .add(new Series("buy and hold", BENCHMARK, result.benchmarkEquity(), "7,4"))
            .toSvg();
    }

    String drawdown()
    {
        return new LineChart("chart-drawdown", "Drawdown from the running peak", "time (UTC)", "drawdown (%)")
            .timeX(boundaries(), timeFormat)
            .yFormat(ReportCharts::percent)
            .area(new Series("strategy", STRATEGY, negativePercent(Metrics.drawdowns(result.equity())), null))
            .add(new Series("buy and hold", BENCHMARK,
                negativePercent(Metrics.drawdowns(result.benchmarkEquity())), "7,4"))
            .toSvg();
    }

    private static double[] negativePercent(final double[] drawdowns)
    {
        final double[] values = new double[drawdowns.length];
        for (int i = 0; i < values.length; i++)
        {
            values[i] = -100.0 * drawdowns[i];
        }
        return values;
    }

    String rollingSharpe()
    {
        final double barsPerYear = result.context().barsPerYear();
        final int window = Math.max(ROLLING_WINDOW_BARS, result.barStartNs().length / 20);
        final double[] strategy = Metrics.rollingSharpe(Metrics.returns(result.equity()), window, barsPerYear);
        final double[] benchmark = Metrics.rollingSharpe(
            Metrics.returns(result.benchmarkEquity()), window, barsPerYear);
        final double[] closes = java.util.Arrays.copyOfRange(boundaries(), 1, x.length);
        return new LineChart("chart-rolling-sharpe",
            "Rolling Sharpe ratio (annualised, trailing " + window + " bars, rf = 0)",
            "time (UTC)", "Sharpe ratio")
            .timeX(closes, timeFormat)
            .add(new Series("strategy", STRATEGY, strategy, null))
            .add(new Series("buy and hold", BENCHMARK, benchmark, "7,4"))
            .toSvg();
    }

    String probabilities()
    {
        final double[] edges = new double[PROBABILITY_BINS + 1];
        for (int i = 0; i <= PROBABILITY_BINS; i++)
        {
            edges[i] = (double)i / PROBABILITY_BINS;
        }
        final double[] counts = new double[PROBABILITY_BINS];
        for (final double p : result.signals().pUp())
        {
            counts[Math.min(PROBABILITY_BINS - 1, Math.max(0, (int)(p * PROBABILITY_BINS)))]++;
        }
        return new BarChart("chart-probabilities", "Distribution of predicted P(up) over the scored signals",
            "predicted P(up)", "signals", "signals per bin of width 0.05", STRATEGY)
            .toSvg(edges, counts, value -> String.format(Locale.ROOT, "%.2f", value));
    }

    String calibration()
    {
        final CalibrationTable table = result.signalQuality().calibration();
        int filled = 0;
        for (int bin = 0; bin < table.bins(); bin++)
        {
            filled += table.count(bin) > 0 ? 1 : 0;
        }
        final double[] predicted = new double[filled];
        final double[] realised = new double[filled];
        int at = 0;
        for (int bin = 0; bin < table.bins(); bin++)
        {
            if (table.count(bin) > 0)
            {
                predicted[at] = table.meanPredicted(bin);
                realised[at++] = table.realisedFrequency(bin);
            }
        }
        return new LineChart("chart-calibration", "Calibration: predicted P(up) vs realised up frequency (deciles)",
            "mean predicted P(up) in the decile", "realised frequency of up")
            .x(predicted, value -> String.format(Locale.ROOT, "%.1f", value))
            .add(new Series("model", STRATEGY, realised, null))
            .diagonal("perfect calibration")
            .toSvg();
    }

    String correlations()
    {
        final SignalSample sample = result.signals();
        final double[] forward = sample.forwardReturns();
        final double[] absolute = new double[forward.length];
        final double[] direction = new double[forward.length];
        final int[] directions = sample.directions();
        for (int i = 0; i < forward.length; i++)
        {
            absolute[i] = Math.abs(forward[i]);
            direction[i] = directions[i];
        }
        final String[] names = {"P(up)", "confidence", "direction", "forward return", "|forward return|"};
        final double[][] columns = {sample.pUp(), sample.confidence(), direction, forward, absolute};
        final double[][] matrix = new double[names.length][names.length];
        for (int row = 0; row < names.length; row++)
        {
            for (int column = 0; column < names.length; column++)
            {
                matrix[row][column] = Metrics.correlation(columns[row], columns[column]);
            }
        }
        return Heatmap.toSvg("chart-correlation",
            "Correlation of signal outputs with the forward return at the horizon", names, matrix);
    }

    static String latency(final LatencyFile latency)
    {
        return new BarChart("chart-latency", "Engine latency: " + latency.name, "latency (microseconds)", "samples",
            "samples per bin", "#2ca02c")
            .toSvg(latency.edges, latency.counts, value -> String.format(Locale.ROOT, "%,.0f", value));
    }
}
