package io.ticksignal.replay.backtest;

import java.util.Arrays;

/**
 * Performance metrics as pure static functions over {@code double} arrays.
 * <p>
 * Conventions: an equity curve {@code E[0..n]} holds the starting equity then the equity at the close of each bar;
 * per-bar simple returns are {@code r[i] = E[i+1] / E[i] - 1}. Standard deviations are sample deviations
 * (divisor {@code n - 1}). Annualisation multiplies by {@code barsPerYear} (see {@link TradingCalendar}).
 * Undefined values are {@link Double#NaN} (empty input, zero variance); ratios whose denominator is zero while
 * the numerator is positive are {@link Double#POSITIVE_INFINITY} where stated.
 */
public final class Metrics
{
    private Metrics()
    {
    }

    /**
     * Per-bar simple returns {@code r[i] = E[i+1] / E[i] - 1}.
     *
     * @param equity equity curve, starting equity first.
     * @return {@code equity.length - 1} returns (empty for fewer than two points).
     */
    public static double[] returns(final double[] equity)
    {
        final int n = Math.max(0, equity.length - 1);
        final double[] returns = new double[n];
        for (int i = 0; i < n; i++)
        {
            returns[i] = equity[i + 1] / equity[i] - 1.0;
        }
        return returns;
    }

    /**
     * Arithmetic mean {@code sum(x) / n}.
     *
     * @param values the values.
     * @return the mean, NaN when empty.
     */
    public static double mean(final double[] values)
    {
        if (0 == values.length)
        {
            return Double.NaN;
        }
        double sum = 0.0;
        for (final double value : values)
        {
            sum += value;
        }
        return sum / values.length;
    }

    /**
     * Sample standard deviation {@code sqrt(sum((x - mean)^2) / (n - 1))}.
     *
     * @param values the values.
     * @return the deviation, NaN for fewer than two values.
     */
    public static double stdDev(final double[] values)
    {
        if (values.length < 2)
        {
            return Double.NaN;
        }
        final double mean = mean(values);
        double sum = 0.0;
        for (final double value : values)
        {
            sum += (value - mean) * (value - mean);
        }
        return Math.sqrt(sum / (values.length - 1));
    }

    /**
     * Total return {@code E[n] / E[0] - 1}.
     *
     * @param equity equity curve.
     * @return the total return as a fraction, NaN when empty.
     */
    public static double totalReturn(final double[] equity)
    {
        return 0 == equity.length ? Double.NaN : equity[equity.length - 1] / equity[0] - 1.0;
    }

    /**
     * Compound annual growth rate {@code (E[n] / E[0])^(barsPerYear / n) - 1}, n = number of bars.
     *
     * @param equity      equity curve.
     * @param barsPerYear bars in one year.
     * @return CAGR as a fraction, NaN with fewer than one bar.
     */
    public static double cagr(final double[] equity, final double barsPerYear)
    {
        if (equity.length < 2)
        {
            return Double.NaN;
        }
        final double growth = equity[equity.length - 1] / equity[0];
        return Math.pow(growth, barsPerYear / (equity.length - 1)) - 1.0;
    }

    /**
     * Annualised volatility {@code stdDev(r) * sqrt(barsPerYear)}.
     *
     * @param returns     per-bar returns.
     * @param barsPerYear bars in one year.
     * @return the volatility, NaN for fewer than two returns.
     */
    public static double annualisedVolatility(final double[] returns, final double barsPerYear)
    {
        return stdDev(returns) * Math.sqrt(barsPerYear);
    }

    /**
     * Annualised Sharpe ratio {@code (mean(r) - rf / barsPerYear) / stdDev(r) * sqrt(barsPerYear)}.
     *
     * @param returns          per-bar returns.
     * @param riskFreePerYear  annual risk-free rate as a fraction (0 by default).
     * @param barsPerYear      bars in one year.
     * @return the ratio; NaN for fewer than two returns or zero variance.
     */
    public static double sharpe(final double[] returns, final double riskFreePerYear, final double barsPerYear)
    {
        final double deviation = stdDev(returns);
        if (!(deviation > 0.0))
        {
            return Double.NaN;
        }
        return (mean(returns) - riskFreePerYear / barsPerYear) / deviation * Math.sqrt(barsPerYear);
    }

    /**
     * Annualised Sortino ratio {@code (mean(r) - t) / DD * sqrt(barsPerYear)} with target {@code t = rf / barsPerYear}
     * and downside deviation {@code DD = sqrt(sum(min(0, r - t)^2) / n)} over all n returns.
     *
     * @param returns         per-bar returns.
     * @param riskFreePerYear annual risk-free rate as a fraction.
     * @param barsPerYear     bars in one year.
     * @return the ratio; NaN when empty; with no return below target (DD = 0) +Infinity if the mean excess is
     *         positive, NaN otherwise.
     */
    public static double sortino(final double[] returns, final double riskFreePerYear, final double barsPerYear)
    {
        if (0 == returns.length)
        {
            return Double.NaN;
        }
        final double target = riskFreePerYear / barsPerYear;
        double sum = 0.0;
        for (final double value : returns)
        {
            final double shortfall = Math.min(0.0, value - target);
            sum += shortfall * shortfall;
        }
        final double downside = Math.sqrt(sum / returns.length);
        final double excess = mean(returns) - target;
        if (0.0 == downside)
        {
            return excess > 0.0 ? Double.POSITIVE_INFINITY : Double.NaN;
        }
        return excess / downside * Math.sqrt(barsPerYear);
    }

    /**
     * Drawdown at each point {@code D[i] = 1 - E[i] / max(E[0..i])}, a positive fraction below the running peak.
     *
     * @param equity equity curve.
     * @return the drawdowns, same length.
     */
    public static double[] drawdowns(final double[] equity)
    {
        final double[] drawdowns = new double[equity.length];
        double peak = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < equity.length; i++)
        {
            peak = Math.max(peak, equity[i]);
            drawdowns[i] = 1.0 - equity[i] / peak;
        }
        return drawdowns;
    }

    /**
     * Maximum drawdown {@code max(D[i])}, a positive fraction (0.25 = 25% below the peak).
     *
     * @param equity equity curve.
     * @return the maximum drawdown, 0 when the curve never falls, NaN when empty.
     */
    public static double maxDrawdown(final double[] equity)
    {
        if (0 == equity.length)
        {
            return Double.NaN;
        }
        double max = 0.0;
        for (final double drawdown : drawdowns(equity))
        {
            max = Math.max(max, drawdown);
        }
        return max;
    }

    /**
     * Longest drawdown duration in bars: the most bars spent strictly below a running peak, from the peak's bar to
     * the bar that recovers it (or to the end if it never recovers).
     *
     * @param equity equity curve.
     * @return the duration in bars, 0 when the curve never falls.
     */
    public static int maxDrawdownDurationBars(final double[] equity)
    {
        double peak = Double.NEGATIVE_INFINITY;
        int peakIndex = 0;
        int longest = 0;
        for (int i = 0; i < equity.length; i++)
        {
            if (equity[i] >= peak)
            {
                peak = equity[i];
                peakIndex = i;
            }
            else
            {
                longest = Math.max(longest, i - peakIndex);
            }
        }
        return longest;
    }

    /**
     * Calmar ratio {@code CAGR / maxDrawdown}.
     *
     * @param equity      equity curve.
     * @param barsPerYear bars in one year.
     * @return the ratio; NaN when there is no drawdown.
     */
    public static double calmar(final double[] equity, final double barsPerYear)
    {
        final double drawdown = maxDrawdown(equity);
        return drawdown > 0.0 ? cagr(equity, barsPerYear) / drawdown : Double.NaN;
    }

    /**
     * Historical value at risk at {@code level} (0.95, 0.99): with returns sorted ascending and
     * {@code k = max(1, ceil((1 - level) * n))}, {@code VaR = -r(k)}, the k-th smallest return negated. A loss is
     * positive (VaR 0.02 = a 2% loss per bar).
     *
     * @param returns per-bar returns.
     * @param level   confidence level in (0, 1).
     * @return the VaR, NaN when empty.
     */
    public static double valueAtRisk(final double[] returns, final double level)
    {
        if (0 == returns.length)
        {
            return Double.NaN;
        }
        final double[] sorted = returns.clone();
        Arrays.sort(sorted);
        return -sorted[tailCount(returns.length, level) - 1];
    }

    /**
     * Historical conditional value at risk (expected shortfall): {@code CVaR = -mean(r(1..k))}, the mean of the k
     * smallest returns negated, k as in {@link #valueAtRisk}. A loss is positive.
     *
     * @param returns per-bar returns.
     * @param level   confidence level in (0, 1).
     * @return the CVaR, NaN when empty.
     */
    public static double conditionalValueAtRisk(final double[] returns, final double level)
    {
        if (0 == returns.length)
        {
            return Double.NaN;
        }
        final double[] sorted = returns.clone();
        Arrays.sort(sorted);
        final int k = tailCount(returns.length, level);
        double sum = 0.0;
        for (int i = 0; i < k; i++)
        {
            sum += sorted[i];
        }
        return -sum / k;
    }

    private static int tailCount(final int n, final double level)
    {
        return Math.max(1, (int)Math.ceil((1.0 - level) * n - 1e-9));
    }

    /**
     * Win rate {@code count(pnl > 0) / n} over closed trades.
     *
     * @param tradePnl P&amp;L of each trade.
     * @return the fraction, NaN with no trades.
     */
    public static double winRate(final double[] tradePnl)
    {
        if (0 == tradePnl.length)
        {
            return Double.NaN;
        }
        int wins = 0;
        for (final double pnl : tradePnl)
        {
            wins += pnl > 0.0 ? 1 : 0;
        }
        return (double)wins / tradePnl.length;
    }

    /**
     * Profit factor {@code sum(pnl > 0) / |sum(pnl < 0)|}.
     *
     * @param tradePnl P&amp;L of each trade.
     * @return the factor; NaN with no trades or only break-even trades; +Infinity with gains and no losses; 0 when
     *         all trades lose.
     */
    public static double profitFactor(final double[] tradePnl)
    {
        double gains = 0.0;
        double losses = 0.0;
        for (final double pnl : tradePnl)
        {
            if (pnl > 0.0)
            {
                gains += pnl;
            }
            else
            {
                losses -= pnl;
            }
        }
        if (0.0 == losses)
        {
            return gains > 0.0 ? Double.POSITIVE_INFINITY : Double.NaN;
        }
        return gains / losses;
    }

    /**
     * Turnover {@code tradedNotional / mean(E)}: how many times the average equity was traded over the run.
     *
     * @param tradedNotional sum of {@code |quantity| * fill price} over all fills, in quote currency.
     * @param equity         equity curve.
     * @return the turnover, NaN when the curve is empty.
     */
    public static double turnover(final double tradedNotional, final double[] equity)
    {
        return tradedNotional / mean(equity);
    }

    /**
     * Exposure {@code count(position != 0) / n}: the fraction of bars ending with an open position.
     *
     * @param positions the position (units, signed) at each bar's close.
     * @return the fraction, NaN when empty.
     */
    public static double exposure(final double[] positions)
    {
        if (0 == positions.length)
        {
            return Double.NaN;
        }
        int open = 0;
        for (final double position : positions)
        {
            open += 0.0 != position ? 1 : 0;
        }
        return (double)open / positions.length;
    }

    /**
     * Pearson correlation {@code cov(x, y) / (sd(x) sd(y))}.
     *
     * @param x first series.
     * @param y second series, same length.
     * @return the correlation, NaN for fewer than two points or zero variance.
     */
    public static double correlation(final double[] x, final double[] y)
    {
        final int n = x.length;
        if (n < 2)
        {
            return Double.NaN;
        }
        final double meanX = mean(x);
        final double meanY = mean(y);
        double sxy = 0.0;
        double sxx = 0.0;
        double syy = 0.0;
        for (int i = 0; i < n; i++)
        {
            sxy += (x[i] - meanX) * (y[i] - meanY);
            sxx += (x[i] - meanX) * (x[i] - meanX);
            syy += (y[i] - meanY) * (y[i] - meanY);
        }
        return sxx > 0.0 && syy > 0.0 ? sxy / Math.sqrt(sxx * syy) : Double.NaN;
    }

    /**
     * Rolling annualised Sharpe ratio over a trailing window of {@code window} returns (rf = 0).
     *
     * @param returns     per-bar returns.
     * @param window      window length in bars (at least 2).
     * @param barsPerYear bars in one year.
     * @return one value per return; NaN until the window is full or when its variance is zero.
     */
    public static double[] rollingSharpe(final double[] returns, final int window, final double barsPerYear)
    {
        final double[] rolling = new double[returns.length];
        for (int i = 0; i < returns.length; i++)
        {
            rolling[i] = i + 1 < window ?
                Double.NaN : sharpe(Arrays.copyOfRange(returns, i + 1 - window, i + 1), 0.0, barsPerYear);
        }
        return rolling;
    }
}
