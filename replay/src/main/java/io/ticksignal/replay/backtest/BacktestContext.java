package io.ticksignal.replay.backtest;

import java.util.concurrent.TimeUnit;

/**
 * Backtest configuration; defaults live here. Call {@link #conclude()} (the {@link Backtester} does) to validate.
 */
public final class BacktestContext
{
    /** Default starting equity in quote currency. */
    public static final double DEFAULT_INITIAL_EQUITY = 100_000.0;
    /** Default bar timeframe: one minute. */
    public static final long DEFAULT_BAR_INTERVAL_NS = TimeUnit.MINUTES.toNanos(1);

    private double initialEquity = DEFAULT_INITIAL_EQUITY;
    private SizingMode sizingMode = SizingMode.EQUITY_FRACTION;
    private double size = 1.0;
    private PositionMode positionMode = PositionMode.LONG_SHORT;
    private double costBps;
    private long barIntervalNs = DEFAULT_BAR_INTERVAL_NS;
    private int horizonBars = 1;
    private TradingCalendar calendar = TradingCalendar.CRYPTO_24_7;
    private double riskFreePerYear;

    /**
     * Validates the settings.
     *
     * @return this.
     * @throws IllegalArgumentException naming the bad setting and what is allowed.
     */
    public BacktestContext conclude()
    {
        require(initialEquity > 0.0, "initialEquity must be > 0: " + initialEquity);
        require(size > 0.0, "size must be > 0: " + size);
        require(costBps >= 0.0, "costBps must be >= 0: " + costBps);
        require(barIntervalNs > 0, "barIntervalNs must be > 0: " + barIntervalNs);
        require(horizonBars >= 1, "horizonBars must be >= 1: " + horizonBars);
        require(Double.isFinite(riskFreePerYear), "riskFreePerYear must be finite: " + riskFreePerYear);
        return this;
    }

    private static void require(final boolean condition, final String message)
    {
        if (!condition)
        {
            throw new IllegalArgumentException(message);
        }
    }

    /** @return starting equity, quote currency. */
    public double initialEquity()
    {
        return initialEquity;
    }

    /** @param initialEquity starting equity, quote currency. @return this. */
    public BacktestContext initialEquity(final double initialEquity)
    {
        this.initialEquity = initialEquity;
        return this;
    }

    /** @return how positions are sized. */
    public SizingMode sizingMode()
    {
        return sizingMode;
    }

    /** @param sizingMode how positions are sized. @return this. */
    public BacktestContext sizingMode(final SizingMode sizingMode)
    {
        this.sizingMode = sizingMode;
        return this;
    }

    /** @return units (FIXED_UNITS) or fraction of equity (EQUITY_FRACTION). */
    public double size()
    {
        return size;
    }

    /** @param size units (FIXED_UNITS) or fraction of equity (EQUITY_FRACTION). @return this. */
    public BacktestContext size(final double size)
    {
        this.size = size;
        return this;
    }

    /** @return long-only or long-short. */
    public PositionMode positionMode()
    {
        return positionMode;
    }

    /** @param positionMode long-only or long-short. @return this. */
    public BacktestContext positionMode(final PositionMode positionMode)
    {
        this.positionMode = positionMode;
        return this;
    }

    /** @return cost per fill in basis points of the traded notional. */
    public double costBps()
    {
        return costBps;
    }

    /** @param costBps cost per fill in basis points of the traded notional. @return this. */
    public BacktestContext costBps(final double costBps)
    {
        this.costBps = costBps;
        return this;
    }

    /** @return bar timeframe in ns; bars are aligned to the epoch. */
    public long barIntervalNs()
    {
        return barIntervalNs;
    }

    /** @param barIntervalNs bar timeframe in ns. @return this. */
    public BacktestContext barIntervalNs(final long barIntervalNs)
    {
        this.barIntervalNs = barIntervalNs;
        return this;
    }

    /** @return signal-quality horizon in bars. */
    public int horizonBars()
    {
        return horizonBars;
    }

    /** @param horizonBars signal-quality horizon in bars. @return this. */
    public BacktestContext horizonBars(final int horizonBars)
    {
        this.horizonBars = horizonBars;
        return this;
    }

    /** @return the calendar used to annualise. */
    public TradingCalendar calendar()
    {
        return calendar;
    }

    /** @param calendar the calendar used to annualise. @return this. */
    public BacktestContext calendar(final TradingCalendar calendar)
    {
        this.calendar = calendar;
        return this;
    }

    /** @return annual risk-free rate as a fraction (0 by default). */
    public double riskFreePerYear()
    {
        return riskFreePerYear;
    }

    /** @param riskFreePerYear annual risk-free rate as a fraction. @return this. */
    public BacktestContext riskFreePerYear(final double riskFreePerYear)
    {
        this.riskFreePerYear = riskFreePerYear;
        return this;
    }

    /** @return bars per year from the timeframe and the calendar. */
    public double barsPerYear()
    {
        return calendar.barsPerYear(barIntervalNs);
    }
}
