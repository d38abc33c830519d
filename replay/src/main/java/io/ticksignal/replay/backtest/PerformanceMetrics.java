package io.ticksignal.replay.backtest;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The performance metrics of one equity curve, computed by {@link Metrics}; fractions, not percent.
 */
public final class PerformanceMetrics
{
    private final Map<String, Double> values;

    private PerformanceMetrics(final Map<String, Double> values)
    {
        this.values = values;
    }

    /**
     * Computes every metric.
     *
     * @param equity         equity curve, initial first.
     * @param positions      position at each bar close.
     * @param tradePnl       P&amp;L of each trade.
     * @param tradedNotional sum of traded notional.
     * @param context        annualisation and risk-free rate.
     * @return the metrics.
     */
    public static PerformanceMetrics of(
        final double[] equity,
        final double[] positions,
        final double[] tradePnl,
        final double tradedNotional,
        final BacktestContext context)
    {
        final double barsPerYear = context.barsPerYear();
        final double riskFree = context.riskFreePerYear();
        final double[] returns = Metrics.returns(equity);
        final Map<String, Double> values = new LinkedHashMap<>();
        values.put("totalReturn", Metrics.totalReturn(equity));
        values.put("cagr", Metrics.cagr(equity, barsPerYear));
        values.put("annualisedVolatility", Metrics.annualisedVolatility(returns, barsPerYear));
        values.put("sharpe", Metrics.sharpe(returns, riskFree, barsPerYear));
        values.put("sortino", Metrics.sortino(returns, riskFree, barsPerYear));
        values.put("maxDrawdown", Metrics.maxDrawdown(equity));
        values.put("maxDrawdownDurationBars", (double)Metrics.maxDrawdownDurationBars(equity));
        values.put("calmar", Metrics.calmar(equity, barsPerYear));
        values.put("var95", Metrics.valueAtRisk(returns, 0.95));
        values.put("cvar95", Metrics.conditionalValueAtRisk(returns, 0.95));
        values.put("var99", Metrics.valueAtRisk(returns, 0.99));
        values.put("cvar99", Metrics.conditionalValueAtRisk(returns, 0.99));
        values.put("winRate", Metrics.winRate(tradePnl));
        values.put("profitFactor", Metrics.profitFactor(tradePnl));
        values.put("averageTrade", Metrics.mean(tradePnl));
        values.put("numberOfTrades", (double)tradePnl.length);
        values.put("turnover", Metrics.turnover(tradedNotional, equity));
        values.put("exposure", Metrics.exposure(positions));
        values.put("finalEquity", 0 == equity.length ? Double.NaN : equity[equity.length - 1]);
        return new PerformanceMetrics(values);
    }

    /**
     * @return metric name to value, in a stable order (names as in metrics.json).
     */
    public Map<String, Double> asMap()
    {
        return java.util.Collections.unmodifiableMap(values);
    }

    /**
     * @param name a metric name, e.g. {@code sharpe}.
     * @return its value.
     * @throws IllegalArgumentException for an unknown name.
     */
    public double get(final String name)
    {
        final Double value = values.get(name);
        if (null == value)
        {
            throw new IllegalArgumentException("unknown metric: " + name + "; known: " + values.keySet());
        }
        return value;
    }
}
