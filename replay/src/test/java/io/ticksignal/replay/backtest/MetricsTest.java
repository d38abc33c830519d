package io.ticksignal.replay.backtest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every metric against a value computed by hand on a small series; tolerance 1e-12 for floating point.
 * Series used: equity E = [100, 110, 99, 108.9], so returns r = [0.1, -0.1, 0.1].
 */
class MetricsTest
{
    private static final double EPS = 1e-12;
    private static final double[] EQUITY = {100.0, 110.0, 99.0, 108.9};
    private static final double[] RETURNS = {0.1, -0.1, 0.1};
    private static final double BARS_PER_YEAR = 4.0;
    // mean = 0.1 / 3; deviations 0.2/3, -0.4/3, 0.2/3; sample sd = sqrt((0.04/9 + 0.16/9 + 0.04/9) / 2)
    private static final double MEAN = 0.1 / 3;
    private static final double SD = Math.sqrt((0.04 / 9 + 0.16 / 9 + 0.04 / 9) / 2);

    @Test
    void shouldComputeReturnsAsRatioOfConsecutiveEquity()
    {
        assertArrayEquals(RETURNS, Metrics.returns(EQUITY), EPS);
    }

    @Test
    void shouldComputeTotalReturnAsLastOverFirstMinusOne()
    {
        // 108.9 / 100 - 1
        assertEquals(0.089, Metrics.totalReturn(EQUITY), EPS);
    }

    @Test
    void shouldComputeCagrOverBarsPerYear()
    {
        // (108.9 / 100)^(4 / 3) - 1
        assertEquals(Math.pow(1.089, 4.0 / 3.0) - 1.0, Metrics.cagr(EQUITY, BARS_PER_YEAR), EPS);
    }

    @Test
    void shouldComputeSampleStdDevAndAnnualisedVolatility()
    {
        assertEquals(MEAN, Metrics.mean(RETURNS), EPS);
        assertEquals(SD, Metrics.stdDev(RETURNS), EPS);
        // sd * sqrt(4)
        assertEquals(SD * 2.0, Metrics.annualisedVolatility(RETURNS, BARS_PER_YEAR), EPS);
    }

    @Test
    void shouldComputeSharpeWithAndWithoutRiskFree()
    {
        // mean / sd * sqrt(4)
        assertEquals(MEAN / SD * 2.0, Metrics.sharpe(RETURNS, 0.0, BARS_PER_YEAR), EPS);
        // (mean - 0.04 / 4) / sd * sqrt(4)
        assertEquals((MEAN - 0.01) / SD * 2.0, Metrics.sharpe(RETURNS, 0.04, BARS_PER_YEAR), EPS);
    }

    @Test
    void shouldComputeSortinoWithDownsideDeviationOverAllReturns()
    {
        // DD = sqrt((0 + 0.01 + 0) / 3); sortino = mean / DD * sqrt(4)
        final double downside = Math.sqrt(0.01 / 3);
        assertEquals(MEAN / downside * 2.0, Metrics.sortino(RETURNS, 0.0, BARS_PER_YEAR), EPS);
    }

    @Test
    void shouldComputeMaxDrawdownDurationAndCalmar()
    {
        // peak 110, trough 99: 1 - 99 / 110 = 0.1; below the peak for bars 2 and 3 -> duration 2
        assertEquals(0.1, Metrics.maxDrawdown(EQUITY), EPS);
        assertEquals(2, Metrics.maxDrawdownDurationBars(EQUITY));
        assertArrayEquals(new double[]{0.0, 0.0, 0.1, 1.0 - 108.9 / 110}, Metrics.drawdowns(EQUITY), EPS);
        // CAGR / maxDD
        assertEquals((Math.pow(1.089, 4.0 / 3.0) - 1.0) / 0.1, Metrics.calmar(EQUITY, BARS_PER_YEAR), EPS);
    }

    @Test
    void shouldComputeHistoricalVarAndCvarAsPositiveLosses()
    {
        // 20 returns: -0.10, -0.09, ..., 0.09 (sorted). 95%: k = ceil(0.05 * 20) = 1 -> VaR = 0.10, CVaR = 0.10
        // 90%: k = ceil(0.1 * 20) = 2 -> VaR = 0.09, CVaR = (0.10 + 0.09) / 2
        final double[] returns = new double[20];
        for (int i = 0; i < 20; i++)
        {
            returns[19 - i] = -0.10 + 0.01 * i;
        }
        assertEquals(0.10, Metrics.valueAtRisk(returns, 0.95), EPS);
        assertEquals(0.10, Metrics.conditionalValueAtRisk(returns, 0.95), EPS);
        assertEquals(0.10, Metrics.valueAtRisk(returns, 0.99), EPS);
        assertEquals(0.09, Metrics.valueAtRisk(returns, 0.90), EPS);
        assertEquals(0.095, Metrics.conditionalValueAtRisk(returns, 0.90), EPS);
    }

    @Test
    void shouldComputeTradeStatistics()
    {
        final double[] pnl = {10.0, -5.0, 20.0, -5.0};
        // wins 2 of 4; gains 30 / losses 10; mean 20 / 4
        assertEquals(0.5, Metrics.winRate(pnl), EPS);
        assertEquals(3.0, Metrics.profitFactor(pnl), EPS);
        assertEquals(5.0, Metrics.mean(pnl), EPS);
    }

    @Test
    void shouldComputeTurnoverAndExposure()
    {
        // traded 200 / mean(100, 110, 99, 108.9) = 200 / 104.475
        assertEquals(200.0 / 104.475, Metrics.turnover(200.0, EQUITY), EPS);
        // 2 of 4 bars hold a position
        assertEquals(0.5, Metrics.exposure(new double[]{0.0, 1.0, -2.0, 0.0}), EPS);
    }

    @Test
    void shouldComputeCorrelationAndRollingSharpe()
    {
        assertEquals(1.0, Metrics.correlation(new double[]{1, 2, 3}, new double[]{2, 4, 6}), EPS);
        assertEquals(-1.0, Metrics.correlation(new double[]{1, 2, 3}, new double[]{3, 2, 1}), EPS);
        final double[] rolling = Metrics.rollingSharpe(RETURNS, 2, BARS_PER_YEAR);
        assertEquals(Double.NaN, rolling[0]);
        // window [0.1, -0.1]: mean 0 -> 0
        assertEquals(0.0, rolling[1], EPS);
    }

    @Test
    void shouldReturnDocumentedValuesForNoTrades()
    {
        final double[] none = {};
        assertEquals(Double.NaN, Metrics.winRate(none));
        assertEquals(Double.NaN, Metrics.profitFactor(none));
        assertEquals(Double.NaN, Metrics.mean(none));
        assertEquals(Double.NaN, Metrics.valueAtRisk(none, 0.95));
        assertEquals(Double.NaN, Metrics.conditionalValueAtRisk(none, 0.95));
        assertEquals(Double.NaN, Metrics.sortino(none, 0.0, BARS_PER_YEAR));
        assertEquals(Double.NaN, Metrics.exposure(none));
    }

    @Test
    void shouldReturnZeroProfitFactorAndWinRateWhenAllTradesLose()
    {
        final double[] losses = {-1.0, -2.0};
        assertEquals(0.0, Metrics.winRate(losses));
        assertEquals(0.0, Metrics.profitFactor(losses));
        assertEquals(Double.POSITIVE_INFINITY, Metrics.profitFactor(new double[]{1.0, 2.0}));
    }

    @Test
    void shouldReturnNanSharpeAndZeroDrawdownForZeroVariance()
    {
        final double[] flat = {100.0, 100.0, 100.0};
        final double[] zero = Metrics.returns(flat);
        assertEquals(Double.NaN, Metrics.sharpe(zero, 0.0, BARS_PER_YEAR));
        assertEquals(0.0, Metrics.annualisedVolatility(zero, BARS_PER_YEAR));
        assertEquals(Double.NaN, Metrics.sortino(zero, 0.0, BARS_PER_YEAR));
        assertEquals(0.0, Metrics.maxDrawdown(flat));
        assertEquals(0, Metrics.maxDrawdownDurationBars(flat));
        assertEquals(Double.NaN, Metrics.calmar(flat, BARS_PER_YEAR));
        assertEquals(0.0, Metrics.totalReturn(flat));
        // constant positive returns: no downside -> +Infinity
        assertEquals(Double.POSITIVE_INFINITY, Metrics.sortino(new double[]{0.01, 0.01}, 0.0, BARS_PER_YEAR));
    }

    @Test
    void shouldAnnualiseByCalendar()
    {
        final long minuteNs = 60_000_000_000L;
        // 365 * 24 * 60 and 252 * 6.5 * 60
        assertEquals(525_600.0, TradingCalendar.CRYPTO_24_7.barsPerYear(minuteNs), EPS);
        assertEquals(98_280.0, TradingCalendar.EQUITY_252.barsPerYear(minuteNs), EPS);
        assertEquals(365.0, TradingCalendar.CRYPTO_24_7.barsPerYear(86_400_000_000_000L), EPS);
    }
}
