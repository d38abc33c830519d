package io.ticksignal.replay.backtest;

import java.util.concurrent.TimeUnit;

/**
 * How many trading hours a year holds, for annualisation: {@code barsPerYear = tradingDaysPerYear *
 * tradingHoursPerDay * 3600 s / barInterval}.
 */
public enum TradingCalendar
{
    /** Crypto trades around the clock: 365 days of 24 hours (1m bars: 525,600 a year). */
    CRYPTO_24_7(365.0, 24.0),
    /** Equities: 252 trading days of 6.5 hours (1m bars: 98,280 a year). */
    EQUITY_252(252.0, 6.5);

    private final double tradingDaysPerYear;
    private final double tradingHoursPerDay;

    TradingCalendar(final double tradingDaysPerYear, final double tradingHoursPerDay)
    {
        this.tradingDaysPerYear = tradingDaysPerYear;
        this.tradingHoursPerDay = tradingHoursPerDay;
    }

    /**
     * @return trading days in one year.
     */
    public double tradingDaysPerYear()
    {
        return tradingDaysPerYear;
    }

    /**
     * @return trading hours in one trading day.
     */
    public double tradingHoursPerDay()
    {
        return tradingHoursPerDay;
    }

    /**
     * Bars in one year: {@code tradingDaysPerYear * tradingHoursPerDay * 3600e9 / barIntervalNs}.
     *
     * @param barIntervalNs the bar timeframe in nanoseconds, positive.
     * @return bars per year.
     */
    public double barsPerYear(final long barIntervalNs)
    {
        return tradingDaysPerYear * tradingHoursPerDay * TimeUnit.HOURS.toNanos(1) / barIntervalNs;
    }
}
