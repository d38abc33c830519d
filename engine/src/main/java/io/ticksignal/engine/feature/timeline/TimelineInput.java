package io.ticksignal.engine.feature.timeline;

/**
 * The kind of input a {@link FeatureTimeline} applied, told to {@link TimelineListener#onEventSample}.
 */
public enum TimelineInput
{
    /** A trade. */
    TRADE,
    /** A top-of-book quote. */
    QUOTE,
    /** A market-by-price book update. */
    BOOK_UPDATE,
    /** A complete input bar. */
    BAR
}
