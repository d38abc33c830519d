package io.ticksignal.replay.backtest;

import java.util.List;

/**
 * What a {@link Backtester} produced: per-bar curves, trades, scored signals and the metrics computed from them.
 * Equity curves hold the initial equity first, then one value per bar close.
 */
public final class BacktestResult
{
    private final BacktestContext context;
    private final long[] barStartNs;
    private final double[] equity;
    private final double[] benchmarkEquity;
    private final double[] positions;
    private final List<Trade> trades;
    private final double tradedNotional;
    private final int fills;
    private final SignalSample signals;

    BacktestResult(
        final BacktestContext context,
        final long[] barStartNs,
        final double[] equity,
        final double[] benchmarkEquity,
        final double[] positions,
        final List<Trade> trades,
        final double tradedNotional,
        final int fills,
        final SignalSample signals)
    {
        this.context = context;
        this.barStartNs = barStartNs;
        this.equity = equity;
        this.benchmarkEquity = benchmarkEquity;
        this.positions = positions;
        this.trades = trades;
        this.tradedNotional = tradedNotional;
        this.fills = fills;
        this.signals = signals;
    }

    /** @return the configuration. */
    public BacktestContext context()
    {
        return context;
    }

    /** @return start of each bar, ns since the epoch. */
    public long[] barStartNs()
    {
        return barStartNs.clone();
    }

    /** @return strategy equity: initial, then at each bar close (quote currency). */
    public double[] equity()
    {
        return equity.clone();
    }

    /** @return buy-and-hold equity: initial, then at each bar close (quote currency). */
    public double[] benchmarkEquity()
    {
        return benchmarkEquity.clone();
    }

    /** @return signed position in units at each bar close. */
    public double[] positions()
    {
        return positions.clone();
    }

    /** @return closed trades in order (an open position at the end is closed at the last price). */
    public List<Trade> trades()
    {
        return trades;
    }

    /** @return sum of {@code |quantity| * fill price} over all fills. */
    public double tradedNotional()
    {
        return tradedNotional;
    }

    /** @return number of fills. */
    public int fills()
    {
        return fills;
    }

    /** @return the scored signals. */
    public SignalSample signals()
    {
        return signals;
    }

    /** @return the strategy's metrics. */
    public PerformanceMetrics strategyMetrics()
    {
        final double[] pnl = new double[trades.size()];
        for (int i = 0; i < pnl.length; i++)
        {
            pnl[i] = trades.get(i).pnl();
        }
        return PerformanceMetrics.of(equity, positions, pnl, tradedNotional, context);
    }

    /** @return buy-and-hold's metrics: one trade, always exposed, one buy of the initial equity. */
    public PerformanceMetrics benchmarkMetrics()
    {
        final double[] exposed = new double[positions.length];
        java.util.Arrays.fill(exposed, 1.0);
        final double[] pnl = 0 == positions.length ?
            new double[0] : new double[]{benchmarkEquity[benchmarkEquity.length - 1] - benchmarkEquity[0]};
        final double notional = 0 == positions.length ? 0.0 : context.initialEquity();
        return PerformanceMetrics.of(benchmarkEquity, exposed, pnl, notional, context);
    }

    /** @return signal quality at the configured horizon. */
    public SignalQualityMetrics signalQuality()
    {
        return SignalQualityMetrics.of(signals);
    }
}
