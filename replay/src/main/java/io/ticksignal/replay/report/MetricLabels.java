package io.ticksignal.replay.report;

import java.util.Locale;
import java.util.Map;

/**
 * Display names, formats and one-line definitions of the metrics, for the report's tables.
 */
final class MetricLabels
{
    private static final Map<String, String[]> LABELS = Map.ofEntries(
        Map.entry("totalReturn", new String[]{"Total return", "%", "E[n] / E[0] - 1"}),
        Map.entry("cagr", new String[]{"CAGR", "%", "(E[n] / E[0])^(bars per year / n) - 1"}),
        Map.entry("annualisedVolatility", new String[]{"Annualised volatility", "%", "sd(r) * sqrt(bars per year)"}),
        Map.entry("sharpe", new String[]{"Sharpe", "x", "(mean(r) - rf / bpy) / sd(r) * sqrt(bpy); n/a if sd = 0"}),
        Map.entry("sortino", new String[]{"Sortino", "x",
            "(mean(r) - t) / sqrt(sum(min(0, r - t)^2) / n) * sqrt(bpy), t = rf / bpy"}),
        Map.entry("maxDrawdown", new String[]{"Max drawdown", "%", "max(1 - E[i] / running peak)"}),
        Map.entry("maxDrawdownDurationBars", new String[]{"Max drawdown duration", "bars",
            "longest run of bars below a previous peak"}),
        Map.entry("calmar", new String[]{"Calmar", "x", "CAGR / max drawdown"}),
        Map.entry("var95", new String[]{"VaR 95%", "%", "-(k-th smallest r), k = ceil(0.05 n); loss positive"}),
        Map.entry("cvar95", new String[]{"CVaR 95%", "%", "-mean(k smallest r), k = ceil(0.05 n)"}),
        Map.entry("var99", new String[]{"VaR 99%", "%", "-(k-th smallest r), k = ceil(0.01 n)"}),
        Map.entry("cvar99", new String[]{"CVaR 99%", "%", "-mean(k smallest r), k = ceil(0.01 n)"}),
        Map.entry("winRate", new String[]{"Win rate", "%", "trades with P&L > 0 / trades"}),
        Map.entry("profitFactor", new String[]{"Profit factor", "x", "sum of gains / |sum of losses|"}),
        Map.entry("averageTrade", new String[]{"Average trade", "ccy", "mean trade P&L after costs"}),
        Map.entry("numberOfTrades", new String[]{"Number of trades", "n", "round trips (open position closed at end)"}),
        Map.entry("turnover", new String[]{"Turnover", "x", "traded notional / mean equity"}),
        Map.entry("exposure", new String[]{"Exposure", "%", "bars closing with a position / bars"}),
        Map.entry("finalEquity", new String[]{"Final equity", "ccy", "E[n]"}),
        Map.entry("scoredSignals", new String[]{"Scored signals", "n", "signals whose horizon lies inside the data"}),
        Map.entry("hitRate", new String[]{"Hit rate", "%", "BUY and up, or SELL and not up / BUY+SELL signals"}),
        Map.entry("rocAuc", new String[]{"ROC-AUC", "x", "Mann-Whitney on P(up), ties count one half"}),
        Map.entry("logLoss", new String[]{"Log loss", "x", "-mean(y ln p + (1-y) ln(1-p)), p clipped to [1e-15, 1-1e-15]"}),
        Map.entry("brier", new String[]{"Brier score", "x", "mean((p - y)^2)"}),
        Map.entry("baseRateUp", new String[]{"Base rate of up", "%", "fraction of scored signals followed by a rise"}));

    private MetricLabels()
    {
    }

    static String label(final String key)
    {
        final String[] entry = LABELS.get(key);
        return null == entry ? key : entry[0];
    }

    static String definition(final String key)
    {
        final String[] entry = LABELS.get(key);
        return null == entry ? "" : entry[2];
    }

    static String format(final String key, final double value)
    {
        if (Double.isNaN(value))
        {
            return "n/a";
        }
        if (Double.isInfinite(value))
        {
            return value > 0 ? "+inf" : "-inf";
        }
        final String[] entry = LABELS.get(key);
        final String kind = null == entry ? "x" : entry[1];
        switch (kind)
        {
            case "%":
                return String.format(Locale.ROOT, Math.abs(value) < 1e3 ? "%.2f%%" : "%.3e%%", 100.0 * value);
            case "n":
            case "bars":
                return String.format(Locale.ROOT, "%,d", (long)value);
            case "ccy":
                return String.format(Locale.ROOT, "%,.2f", value);
            default:
                return String.format(Locale.ROOT, Math.abs(value) < 1e5 ? "%.3f" : "%.3e", value);
        }
    }
}
