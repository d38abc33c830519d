package io.ticksignal.replay.report;

import io.ticksignal.replay.backtest.BacktestContext;
import io.ticksignal.replay.backtest.BacktestResult;
import io.ticksignal.replay.backtest.CalibrationTable;
import io.ticksignal.replay.backtest.ChallengerComparison;
import io.ticksignal.replay.backtest.SignalQualityMetrics;

/**
 * Renders {@code metrics.json}: inputs, annualisation, period, strategy, benchmark and signal quality; and the
 * challenger when the journal holds shadow signals ({@link ChallengerReport}).
 */
final class MetricsJson
{
    private MetricsJson()
    {
    }

    static String render(final BacktestResult result, final BacktestInputs inputs,
        final ChallengerComparison challenger)
    {
        final BacktestContext context = result.context();
        final long[] bars = result.barStartNs();
        final JsonText json = new JsonText().open(null);
        json.open("inputs")
            .string("journal", inputs.journal.toString())
            .string("signalSource", inputs.signalSource)
            .integer("instrumentId", inputs.instrumentId)
            .integer("marketEvents", inputs.marketEvents)
            .integer("signals", inputs.signals)
            .number("costBps", context.costBps())
            .integer("horizonBars", context.horizonBars())
            .string("timeframe", inputs.timeframe)
            .string("sizingMode", context.sizingMode().name())
            .number("size", context.size())
            .string("positionMode", context.positionMode().name())
            .number("initialEquity", context.initialEquity())
            .number("riskFreePerYear", context.riskFreePerYear())
            .close();
        json.open("annualisation")
            .string("calendar", context.calendar().name())
            .number("tradingDaysPerYear", context.calendar().tradingDaysPerYear())
            .number("tradingHoursPerDay", context.calendar().tradingHoursPerDay())
            .integer("barIntervalNs", context.barIntervalNs())
            .number("barsPerYear", context.barsPerYear())
            .close();
        json.open("period")
            .integer("bars", bars.length)
            .integer("firstBarStartNs", 0 == bars.length ? 0 : bars[0])
            .integer("lastBarStartNs", 0 == bars.length ? 0 : bars[bars.length - 1])
            .integer("fills", result.fills())
            .close();
        json.open("strategy").numbers(result.strategyMetrics().asMap()).close();
        json.open("benchmark").numbers(result.benchmarkMetrics().asMap()).close();
        final SignalQualityMetrics quality = result.signalQuality();
        json.open("signalQuality").numbers(quality.asMap());
        calibration(json, quality.calibration());
        json.close();
        if (null != challenger)
        {
            ChallengerReport.json(json, challenger);
        }
        DriftSection.json(json, inputs.drift);
        return json.close().toString() + "\n";
    }

    private static void calibration(final JsonText json, final CalibrationTable table)
    {
        json.openArray("calibration");
        for (int bin = 0; bin < table.bins(); bin++)
        {
            json.openElement()
                .number("binLow", table.lowerEdge(bin))
                .number("binHigh", table.lowerEdge(bin + 1))
                .integer("count", table.count(bin))
                .number("meanPredicted", table.meanPredicted(bin))
                .number("realisedFrequency", table.realisedFrequency(bin))
                .close();
        }
        json.closeArray();
    }
}
