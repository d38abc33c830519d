package io.ticksignal.replay.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.DoubleFunction;

import io.ticksignal.replay.drift.DriftTrace;

/**
 * The report's drift section and the {@code drift} object of metrics.json, from a {@link DriftTrace}: the final
 * PSI per feature and rolling accuracy (what the live counters showed at the end of the journal), the PSI of each
 * feature and the rolling accuracy over time with their alert levels, and the alert log lines; or why there is
 * nothing to show.
 */
final class DriftSection
{
    /** Alert lines listed in the report; the count of all is given. */
    static final int ALERT_LINES_SHOWN = 20;
    private static final String[] COLORS = { "#1f77b4", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf",
        "#bcbd22", "#7f7f7f" };
    private static final String ALERT = "#d62728";

    private DriftSection()
    {
    }

    static void json(final JsonText json, final DriftTrace drift)
    {
        json.open("drift");
        if (!drift.isActive())
        {
            json.bool("monitored", false).string("reason", drift.inactiveReason()).close();
            return;
        }
        final DriftTrace.Settings settings = drift.settings();
        final DriftTrace.Totals totals = drift.totals();
        json.bool("monitored", true)
            .integer("window", settings.window())
            .number("psiAlert", settings.psiAlert())
            .integer("decisionPoints", totals.decisionPoints());
        json.openArray("features");
        for (int f = 0; f < drift.features().size(); f++)
        {
            json.openElement().string("feature", drift.features().get(f)).number("psi", totals.psi()[f]).close();
        }
        json.closeArray();
        json.number("maxPsi", totals.maxPsi()).integer("driftAlerts", totals.driftAlerts());
        if (null != settings.label())
        {
            json.string("label", settings.label())
                .integer("accuracyWindow", settings.accuracyWindow())
                .number("accuracyFloor", settings.accuracyFloor())
                .integer("minLabels", settings.minLabels())
                .number("rollingAccuracy", totals.accuracy())
                .integer("labelsInWindow", totals.labelsInWindow())
                .integer("maturedLabels", totals.maturedLabels())
                .integer("accuracyAlerts", totals.accuracyAlerts());
        }
        json.close();
    }

    static void html(final StringBuilder html, final DriftTrace drift)
    {
        html.append("<h2>Drift</h2>\n");
        if (!drift.isActive())
        {
            html.append("<p class=\"note\">Not monitored: ").append(Svg.escape(drift.inactiveReason()))
                .append(".</p>\n");
            return;
        }
        final DriftTrace.Settings settings = drift.settings();
        final DriftTrace.Totals totals = drift.totals();
        html.append("<p class=\"note\">The engine's drift monitor, replayed over the journal's inputs: the values ")
            .append("at the end are those the live counters showed. PSI = &Sigma; (a<sub>i</sub> - e<sub>i</sub>) ")
            .append("ln(a<sub>i</sub> / e<sub>i</sub>) over the training histogram's bins, live shares a over the ")
            .append(String.format(Locale.ROOT, "last %,d decision points per instrument", settings.window()))
            .append(", both floored at 1e-4.</p>\n<table>\n<tr><th class=\"l\">Measure</th><th>At the end</th>")
            .append("<th class=\"l\">Alert</th></tr>\n");
        for (int f = 0; f < drift.features().size(); f++)
        {
            row(html, "PSI " + drift.features().get(f), ratio(totals.psi()[f]),
                "above " + ratio(settings.psiAlert()));
        }
        row(html, "Drift alerts (PSI rose above the level)", Long.toString(totals.driftAlerts()), "");
        if (null != settings.label())
        {
            row(html, "Rolling accuracy, label " + settings.label(), ratio(totals.accuracy()) +
                String.format(Locale.ROOT, " over %,d labels", totals.labelsInWindow()),
                "below " + ratio(settings.accuracyFloor()) + " with " + settings.minLabels() + "+ labels");
            row(html, "Matured labels", String.format(Locale.ROOT, "%,d", totals.maturedLabels()), "");
            row(html, "Accuracy alerts (fell below the floor)", Long.toString(totals.accuracyAlerts()), "");
        }
        else
        {
            row(html, "Rolling accuracy", "-", "the bundle has no label block");
        }
        html.append("</table>\n");
        charts(html, drift);
        alerts(html, drift);
    }

    private static void charts(final StringBuilder html, final DriftTrace drift)
    {
        final long[] timeNs = drift.timeNs();
        if (timeNs.length < 2)
        {
            html.append("<p class=\"note\">Too few decision points for a chart.</p>\n");
            return;
        }
        final double[] x = new double[timeNs.length];
        for (int i = 0; i < x.length; i++)
        {
            x[i] = timeNs[i] / 1e6;
        }
        final DoubleFunction<String> time = TimeTicks.labels(x[0], x[x.length - 1]);
        final DoubleFunction<String> ratio = value -> String.format(Locale.ROOT, "%.2f", value);
        if (!drift.features().isEmpty())
        {
            final LineChart psi = new LineChart("chart-drift-psi", "Population stability index per feature",
                "time (UTC)", "PSI").timeX(x, time).yFormat(ratio);
            for (int f = 0; f < drift.features().size(); f++)
            {
                psi.add(new Series(drift.features().get(f), COLORS[f % COLORS.length], drift.psi(f), null));
            }
            psi.add(new Series("alert level", ALERT, constant(x.length, drift.settings().psiAlert()), "6,4"));
            html.append("<figure>").append(psi.toSvg()).append("</figure>\n");
        }
        if (null != drift.settings().label())
        {
            html.append("<figure>").append(new LineChart("chart-drift-accuracy",
                "Rolling accuracy over the last " + drift.settings().accuracyWindow() + " matured labels",
                "time (UTC)", "accuracy").timeX(x, time).yFormat(ratio)
                .add(new Series("rolling accuracy", COLORS[0], drift.accuracy(), null))
                .add(new Series("floor", ALERT, constant(x.length, drift.settings().accuracyFloor()), "6,4"))
                .toSvg()).append("</figure>\n");
        }
    }

    private static void alerts(final StringBuilder html, final DriftTrace drift)
    {
        final int count = drift.alertLines().size();
        html.append("<p class=\"note\">").append(count).append(" alert line(s) in the engine's log");
        if (0 == count)
        {
            html.append(".</p>\n");
            return;
        }
        html.append(count > ALERT_LINES_SHOWN ? "; the first " + ALERT_LINES_SHOWN + ":" : ":").append("</p>\n<pre>");
        for (int i = 0; i < Math.min(count, ALERT_LINES_SHOWN); i++)
        {
            html.append(Svg.escape(drift.alertLines().get(i))).append('\n');
        }
        html.append("</pre>\n");
    }

    private static void row(final StringBuilder html, final String name, final String value, final String alert)
    {
        html.append("<tr><td class=\"l\">").append(Svg.escape(name)).append("</td><td>").append(Svg.escape(value))
            .append("</td><td class=\"l\">").append(Svg.escape(alert)).append("</td></tr>\n");
    }

    private static String ratio(final double value)
    {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static double[] constant(final int length, final double value)
    {
        final double[] values = new double[length];
        Arrays.fill(values, value);
        return values;
    }
}
