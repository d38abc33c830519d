package io.ticksignal.replay.report;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import io.ticksignal.replay.backtest.BacktestContext;
import io.ticksignal.replay.backtest.BacktestResult;
import io.ticksignal.replay.backtest.CalibrationTable;
import io.ticksignal.replay.backtest.ChallengerComparison;
import io.ticksignal.replay.backtest.SignalQualityMetrics;

/**
 * Renders the self-contained {@code report.html}: inline CSS and inline SVG only, no script, no external reference.
 */
final class ReportHtml
{
    private static final String CSS = String.join("\n",
        "body{font-family:Helvetica,Arial,sans-serif;color:#222;margin:24px auto;max-width:1140px;}",
        "h1{font-size:26px;margin-bottom:4px;} h2{font-size:19px;margin-top:34px;border-bottom:1px solid #ccc;}",
        "table{border-collapse:collapse;font-size:14px;margin:8px 0;} td,th{padding:4px 10px;text-align:right;",
        "border-bottom:1px solid #eee;} th{background:#f4f4f4;} td.l,th.l{text-align:left;}",
        "td.d{color:#666;text-align:left;font-size:12px;} .note{color:#555;font-size:14px;}",
        "figure{margin:18px 0;} svg{display:block;background:#fff;border:1px solid #e6e6e6;}",
        ".grid{display:flex;gap:40px;flex-wrap:wrap;}");

    private ReportHtml()
    {
    }

    static String render(final BacktestResult result, final BacktestInputs inputs, final LatencyFile latency,
        final ChallengerComparison challenger)
    {
        final ReportCharts charts = new ReportCharts(result);
        final StringBuilder html = new StringBuilder(256 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .append("<title>Ticksignal backtest</title>\n<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n")
            .append("<h1>Ticksignal backtest</h1>\n");
        inputs(html, result, inputs);
        html.append("<h2>Performance</h2>\n");
        metrics(html, result);
        if (result.barStartNs().length < result.context().barsPerYear() / 4)
        {
            html.append("<p class=\"note\">The period is shorter than three months: CAGR and Calmar extrapolate it ")
                .append("to a whole year and are shown for completeness only.</p>\n");
        }
        html.append("<figure>").append(charts.equity()).append("</figure>\n");
        html.append("<figure>").append(charts.drawdown()).append("</figure>\n");
        html.append("<figure>").append(charts.rollingSharpe()).append("</figure>\n");
        if (null != challenger)
        {
            html.append(ChallengerReport.html(result, challenger, charts));
        }
        html.append("<h2>Signal quality at a horizon of ").append(result.context().horizonBars())
            .append(" bar(s)</h2>\n");
        signalQuality(html, result.signalQuality());
        html.append("<figure>").append(charts.probabilities()).append("</figure>\n");
        html.append("<figure>").append(charts.calibration()).append("</figure>\n");
        html.append("<p class=\"note\">The journal holds no feature values, so the heatmap correlates what the ")
            .append("signals carry (P(up), confidence, direction) with the realised forward return at the horizon.")
            .append("</p>\n<figure>").append(charts.correlations()).append("</figure>\n");
        DriftSection.html(html, inputs.drift);
        html.append("<h2>Engine latency</h2>\n");
        if (null == latency)
        {
            html.append("<p class=\"note\">Latency: not recorded (no latency.txt next to the journal).</p>\n");
        }
        else
        {
            html.append("<p class=\"note\">").append(Svg.escape(latency.describe())).append("</p>\n<figure>")
                .append(ReportCharts.latency(latency)).append("</figure>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void inputs(final StringBuilder html, final BacktestResult result, final BacktestInputs inputs)
    {
        final BacktestContext context = result.context();
        final long[] bars = result.barStartNs();
        html.append("<table>\n");
        row(html, "Journal", inputs.journal.toString());
        row(html, "Signals from", inputs.signalSource);
        row(html, "Instrument id", Long.toString(inputs.instrumentId));
        row(html, "Market events / signals read", String.format(Locale.ROOT, "%,d / %,d",
            inputs.marketEvents, inputs.signals));
        if (bars.length > 0)
        {
            row(html, "Period (UTC)", Instant.ofEpochSecond(0, bars[0]) + " .. " +
                Instant.ofEpochSecond(0, bars[bars.length - 1] + context.barIntervalNs()));
        }
        row(html, "Bars", String.format(Locale.ROOT, "%,d of %s", bars.length, inputs.timeframe));
        row(html, "Annualisation", String.format(Locale.ROOT,
            "%s: %.0f days x %.1f h; %s bars -> %,.0f bars per year", context.calendar().name(),
            context.calendar().tradingDaysPerYear(), context.calendar().tradingHoursPerDay(), inputs.timeframe,
            context.barsPerYear()));
        row(html, "Positions", context.positionMode().name() + ", sizing " + context.sizingMode().name() + " " +
            context.size() + ", initial equity " + String.format(Locale.ROOT, "%,.0f", context.initialEquity()));
        row(html, "Fills and costs", String.format(Locale.ROOT,
            "next event's price (quote mid when quotes exist) + %.2f bps + half the spread when known; %,d fills",
            context.costBps(), result.fills()));
        row(html, "Risk-free rate", String.format(Locale.ROOT, "%.2f%% per year", 100 * context.riskFreePerYear()));
        html.append("</table>\n");
    }

    private static void row(final StringBuilder html, final String name, final String value)
    {
        html.append("<tr><th class=\"l\">").append(Svg.escape(name)).append("</th><td class=\"l\">")
            .append(Svg.escape(value)).append("</td></tr>\n");
    }

    private static void metrics(final StringBuilder html, final BacktestResult result)
    {
        final Map<String, Double> strategy = result.strategyMetrics().asMap();
        final Map<String, Double> benchmark = result.benchmarkMetrics().asMap();
        html.append("<table>\n<tr><th class=\"l\">Metric</th><th>Strategy</th><th>Buy and hold</th>")
            .append("<th class=\"l\">Definition (r = per-bar return, E = equity, bpy = bars per year)</th></tr>\n");
        for (final Map.Entry<String, Double> entry : strategy.entrySet())
        {
            final String key = entry.getKey();
            html.append("<tr><td class=\"l\">").append(Svg.escape(MetricLabels.label(key))).append("</td><td>")
                .append(MetricLabels.format(key, entry.getValue())).append("</td><td>")
                .append(MetricLabels.format(key, benchmark.get(key))).append("</td><td class=\"d\">")
                .append(Svg.escape(MetricLabels.definition(key))).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void signalQuality(final StringBuilder html, final SignalQualityMetrics quality)
    {
        html.append("<div class=\"grid\"><table>\n<tr><th class=\"l\">Measure</th><th>Value</th>")
            .append("<th class=\"l\">Definition (y = 1 if the price rose)</th></tr>\n");
        for (final Map.Entry<String, Double> entry : quality.asMap().entrySet())
        {
            final String key = entry.getKey();
            html.append("<tr><td class=\"l\">").append(Svg.escape(MetricLabels.label(key))).append("</td><td>")
                .append(MetricLabels.format(key, entry.getValue())).append("</td><td class=\"d\">")
                .append(Svg.escape(MetricLabels.definition(key))).append("</td></tr>\n");
        }
        html.append("</table>\n<table>\n<tr><th>P(up) bin</th><th>Signals</th><th>Mean predicted</th>")
            .append("<th>Realised up</th></tr>\n");
        final CalibrationTable table = quality.calibration();
        for (int bin = 0; bin < table.bins(); bin++)
        {
            html.append(String.format(Locale.ROOT, "<tr><td>%.1f-%.1f</td><td>%,d</td><td>%s</td><td>%s</td></tr>%n",
                table.lowerEdge(bin), table.lowerEdge(bin + 1), table.count(bin),
                MetricLabels.format("rocAuc", table.meanPredicted(bin)),
                MetricLabels.format("rocAuc", table.realisedFrequency(bin))));
        }
        html.append("</table></div>\n");
    }
}
