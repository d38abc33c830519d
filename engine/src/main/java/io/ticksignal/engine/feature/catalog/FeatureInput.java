package io.ticksignal.engine.feature.catalog;

/**
 * The input a feature is fed.
 */
public enum FeatureInput
{
    /**
     * OHLCV bars: bars of a file, time bars built from trades or from quote mids, or single events
     * as one-event bars on {@code @tick}. Works on every input.
     */
    BARS("bars (OHLCV)"),
    /** Trades, event by event ({@link io.ticksignal.engine.feature.EventFeature#onTrade}). */
    TRADES("trades"),
    /** Top-of-book quotes, event by event ({@link io.ticksignal.engine.feature.EventFeature#onQuote}). */
    QUOTES("quotes");

    private final String description;

    FeatureInput(final String description)
    {
        this.description = description;
    }

    /**
     * @return a short description for listings, e.g. {@code bars (OHLCV)}.
     */
    public String description()
    {
        return description;
    }
}
