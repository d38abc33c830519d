package io.ticksignal.replay.backtest;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A small synthetic stream of quotes, trades and signals with exact positions, fills, costs and equity; 1e-9 for
 * floating-point sums.
 */
class BacktesterTest
{
    private static final double EPS = 1e-9;
    private static final long SECOND_NS = 1_000_000_000L;

    private static long s(final long seconds)
    {
        return seconds * SECOND_NS;
    }

    private static BacktestContext fixedOneUnit()
    {
        return new BacktestContext().initialEquity(1000.0).sizingMode(SizingMode.FIXED_UNITS).size(1.0)
            .positionMode(PositionMode.LONG_SHORT).costBps(10.0).barIntervalNs(s(60)).horizonBars(1);
    }

    @Test
    void shouldFillAtNextEventPriceWithBpsAndHalfSpreadAndMarkPerBar()
    {
        final Backtester backtester = new Backtester(fixedOneUnit());
        backtester.onMarket(s(0), 100.0, 1.0);          // quote 99/101: mid 100, half spread 1
        backtester.onSignal(s(10), 1, 0.8, 0.8);         // BUY
        backtester.onMarket(s(20), 102.0, Double.NaN);  // trade: fills long 1 @102, cost 102 * 0.001 + 1 = 1.102
        backtester.onMarket(s(70), 104.0, Double.NaN);  // bar 0 closed at 102
        backtester.onSignal(s(80), -1, 0.3, 0.7);        // SELL
        backtester.onMarket(s(130), 106.0, 1.0);         // bar 1 closed at 104; fills -2 @106, cost 2 * 1.106
        final BacktestResult result = backtester.finish(); // bar 2 closed at 106

        // cash: 1000 - 102 - 1.102 = 896.898; then + 212 - 2.212 = 1106.686
        assertArrayEquals(new double[]{1000.0, 896.898 + 102, 896.898 + 104, 1106.686 - 106}, result.equity(), EPS);
        assertArrayEquals(new double[]{1.0, 1.0, -1.0}, result.positions(), 0.0);
        assertArrayEquals(new long[]{s(0), s(60), s(120)}, result.barStartNs());
        // buy and hold: 1000 / 100 = 10 units at the first price, no costs
        assertArrayEquals(new double[]{1000.0, 1020.0, 1040.0, 1060.0}, result.benchmarkEquity(), EPS);
        assertEquals(2, result.fills());
        assertEquals(102.0 + 2 * 106.0, result.tradedNotional(), EPS);

        final List<Trade> trades = result.trades();
        assertEquals(2, trades.size());
        // long 1 from 102 to 106, costs 1.102 + 1.106: pnl 4 - 2.208
        assertEquals(1.0, trades.get(0).quantity());
        assertEquals(102.0, trades.get(0).entryPrice());
        assertEquals(106.0, trades.get(0).exitPrice());
        assertEquals(s(20), trades.get(0).entryTimeNs());
        assertEquals(s(130), trades.get(0).exitTimeNs());
        assertEquals(1.792, trades.get(0).pnl(), EPS);
        assertEquals(TradeExit.SIGNAL, trades.get(0).exit());
        // short 1 at 106, still open: marked at 106, only the entry cost
        assertEquals(-1.0, trades.get(1).quantity());
        assertEquals(-1.106, trades.get(1).pnl(), EPS);
        assertEquals(TradeExit.END_OF_DATA, trades.get(1).exit());
        // equity identity: initial + sum of trade pnl
        assertEquals(1000.0 + 1.792 - 1.106, result.equity()[3], EPS);
    }

    @Test
    void shouldScoreSignalsAgainstCloseAtHorizon()
    {
        final Backtester backtester = new Backtester(fixedOneUnit());
        backtester.onMarket(s(0), 100.0, 1.0);
        backtester.onSignal(s(10), 1, 0.8, 0.8);
        backtester.onMarket(s(20), 102.0, Double.NaN);
        backtester.onMarket(s(70), 104.0, Double.NaN);
        backtester.onSignal(s(80), -1, 0.3, 0.7);
        backtester.onMarket(s(130), 106.0, 1.0);
        final SignalSample sample = backtester.finish().signals();

        // signal 1: bar 0, reference 100, close of bar 1 = 104; signal 2: bar 1, reference 104, close of bar 2 = 106
        assertEquals(2, sample.size());
        assertArrayEquals(new double[]{0.04, 106.0 / 104.0 - 1.0}, sample.forwardReturns(), EPS);
        assertArrayEquals(new double[]{1.0, 1.0}, sample.outcomes(), 0.0);
        assertArrayEquals(new int[]{1, -1}, sample.directions());
        // BUY hit, SELL missed
        assertEquals(0.5, SignalQualityMetrics.of(sample).asMap().get("hitRate"), EPS);
    }

    @Test
    void shouldGoFlatOnSellWhenLongOnlyAndKeepPositionOnHold()
    {
        final Backtester backtester = new Backtester(fixedOneUnit().positionMode(PositionMode.LONG_ONLY).costBps(0.0));
        backtester.onMarket(s(0), 100.0, Double.NaN);
        backtester.onSignal(s(1), -1, 0.2, 0.8);        // SELL while flat: nothing to do
        backtester.onMarket(s(2), 100.0, Double.NaN);
        backtester.onSignal(s(3), 1, 0.9, 0.9);
        backtester.onMarket(s(4), 101.0, Double.NaN);  // long 1 @101
        backtester.onSignal(s(5), 0, 0.5, 0.4);         // HOLD keeps it
        backtester.onMarket(s(6), 103.0, Double.NaN);
        backtester.onSignal(s(7), -1, 0.1, 0.9);        // SELL: flat
        backtester.onMarket(s(8), 102.0, Double.NaN);  // sold @102
        final BacktestResult result = backtester.finish();

        assertEquals(2, result.fills());
        assertEquals(1, result.trades().size());
        assertEquals(1.0, result.trades().get(0).pnl(), EPS);
        assertArrayEquals(new double[]{1000.0, 1001.0}, result.equity(), EPS);
        assertArrayEquals(new double[]{0.0}, result.positions(), 0.0);
    }

    @Test
    void shouldSizeByEquityFractionAndCarryEmptyBars()
    {
        final BacktestContext context = new BacktestContext().initialEquity(1000.0)
            .sizingMode(SizingMode.EQUITY_FRACTION).size(0.5).barIntervalNs(s(60));
        final Backtester backtester = new Backtester(context);
        backtester.onMarket(s(0), 100.0, Double.NaN);
        backtester.onSignal(s(1), 1, 0.7, 0.7);
        backtester.onMarket(s(2), 100.0, Double.NaN);   // 0.5 * 1000 / 100 = 5 units
        backtester.onMarket(s(200), 110.0, Double.NaN); // bars 1 and 2 empty: carry 100
        final BacktestResult result = backtester.finish();

        assertArrayEquals(new double[]{1000.0, 1000.0, 1000.0, 1000.0, 1050.0}, result.equity(), EPS);
        assertArrayEquals(new double[]{5.0, 5.0, 5.0, 5.0}, result.positions(), EPS);
        assertEquals(0.05, result.strategyMetrics().get("totalReturn"), EPS);
        assertEquals(0.10, result.benchmarkMetrics().get("totalReturn"), EPS);
        assertEquals(1.0, result.strategyMetrics().get("exposure"), EPS);
    }

    @Test
    void shouldReportNoTradesAndFlatEquityWithoutSignals()
    {
        final Backtester backtester = new Backtester(fixedOneUnit());
        backtester.onMarket(s(0), 100.0, Double.NaN);
        backtester.onMarket(s(61), 90.0, Double.NaN);
        final BacktestResult result = backtester.finish();
        final PerformanceMetrics metrics = result.strategyMetrics();

        assertEquals(0.0, metrics.get("numberOfTrades"));
        assertEquals(Double.NaN, metrics.get("winRate"));
        assertEquals(0.0, metrics.get("totalReturn"));
        assertEquals(0.0, metrics.get("exposure"));
        assertEquals(0.0, metrics.get("maxDrawdown"));
        assertEquals(0.1, result.benchmarkMetrics().get("maxDrawdown"), EPS);
        assertEquals(0, result.signals().size());
    }
}
