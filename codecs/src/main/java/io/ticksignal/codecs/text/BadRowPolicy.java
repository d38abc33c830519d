package io.ticksignal.codecs.text;

/**
 * What a market-data reader does with a malformed row.
 */
public enum BadRowPolicy
{
    /**
     * Throw a {@link MarketDataFormatException} on the first malformed row.
     */
    FAIL,

    /**
     * Skip malformed rows, count them ({@link MarketDataReader#rowsSkipped()}) and keep the first
     * few error messages ({@link MarketDataReader#firstErrors()}) for a summary.
     */
    SKIP
}
