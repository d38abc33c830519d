package io.ticksignal.replay.report;

import java.util.Locale;
import java.util.Map;

import io.ticksignal.replay.backtest.BacktestResult;
import io.ticksignal.replay.backtest.ChallengerComparison;

/**
 * The champion/challenger part of a backtest report, present only when the journal holds shadow signals
 * ({@code SHADOW_OUTPUT}): metrics side by side, both equity curves on one chart, and the agreement of the two
 * models' directions at their common decision points; in metrics.json a {@code challenger} object.
 */
final class ChallengerReport
{
    static final String CHALLENGER = "#2ca02c";

    private ChallengerReport()
    {
    }

    /**
     * Adds the {@code challenger} object to an open metrics.json root.
     */
    static void json(final JsonText json, final ChallengerComparison challenger)
    {
        final BacktestResult result = challenger.result();
        json.open("challenger")
            .string("model", challenger.challengerModel())
            .string("championModel", challenger.championModel())
            .string("signalSource", "journal (SHADOW_OUTPUT records)")
            .integer("signals", challenger.signals())
            .integer("fills", result.fills());
        json.open("strategy").numbers(result.strategyMetrics().asMap()).close();
        json.open("signalQuality").numbers(result.signalQuality().asMap()).close();
        json.open("agreement")
            .integer("commonDecisionPoints", challenger.commonDecisionPoints())
            .integer("agreeing", challenger.agreeing())
            .number("rate", challenger.agreementRate())
            .close();
        json.close();
    }

    /**
     * @return the report section: heading, side-by-side table, agreement and the equity chart.
     */
    static String html(final BacktestResult champion, final ChallengerComparison challenger, final ReportCharts charts)
    {
        final StringBuilder html = new StringBuilder(64 * 1024);
        final String championName = name(challenger.championModel(), "champion");
        final String challengerName = name(challenger.challengerModel(), "challenger");
        html.append("<h2>Champion vs challenger</h2>\n<p class=\"note\">The challenger is the shadow model ")
            .append("(<code>model.shadow</code>): scored beside the live model on the same inputs, its signals ")
            .append("journaled as SHADOW_OUTPUT and never published. The same backtest (prices, fills, costs, ")
            .append("sizing) runs on its signals.</p>\n");
        html.append("<table>\n<tr><th class=\"l\">Metric</th><th>Champion: ").append(Svg.escape(championName))
            .append("</th><th>Challenger: ").append(Svg.escape(challengerName)).append("</th></tr>\n");
        rows(html, champion.strategyMetrics().asMap(), challenger.result().strategyMetrics().asMap());
        rows(html, champion.signalQuality().asMap(), challenger.result().signalQuality().asMap());
        html.append(String.format(Locale.ROOT, "<tr><td class=\"l\">Fills</td><td>%,d</td><td>%,d</td></tr>%n",
            champion.fills(), challenger.result().fills()));
        html.append("</table>\n");
        html.append(String.format(Locale.ROOT, "<p class=\"note\">Agreement of directions at common decision " +
            "points (inputs at which both models emitted a signal): %s of %,d (%,d agreeing).</p>%n",
            MetricLabels.format("hitRate", challenger.agreementRate()), challenger.commonDecisionPoints(),
            challenger.agreeing()));
        html.append("<figure>").append(charts.equityVersus(challenger.result().equity(), championName,
            challengerName, CHALLENGER)).append("</figure>\n");
        return html.toString();
    }

    private static void rows(final StringBuilder html, final Map<String, Double> champion,
        final Map<String, Double> challenger)
    {
        for (final Map.Entry<String, Double> entry : champion.entrySet())
        {
            final String key = entry.getKey();
            html.append("<tr><td class=\"l\">").append(Svg.escape(MetricLabels.label(key))).append("</td><td>")
                .append(MetricLabels.format(key, entry.getValue())).append("</td><td>")
                .append(MetricLabels.format(key, challenger.get(key))).append("</td></tr>\n");
        }
    }

    private static String name(final String model, final String fallback)
    {
        return model.isEmpty() ? fallback : model;
    }
}
