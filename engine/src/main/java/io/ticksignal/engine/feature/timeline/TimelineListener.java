package io.ticksignal.engine.feature.timeline;

import io.ticksignal.config.Timeframe;

/**
 * Told at the sample points of a {@link FeatureTimeline} (see the package documentation for the point-in-time
 * rule): the offline runner writes CSV rows from here, the live pipeline marks decision points. Called on the
 * timeline's thread; implementations on the live path allocate nothing.
 */
public interface TimelineListener
{
    /** A listener that ignores every sample. */
    TimelineListener NONE = new TimelineListener()
    {
        @Override
        public void onBarSample(final Timeframe timeframe, final long barStartNs)
        {
        }

        @Override
        public void onEventSample(final long timeNs, final TimelineInput input)
        {
        }
    };

    /**
     * A bar of this timeframe closed, and so did every other bar with the same end time; the indicators of that
     * timeframe have been updated and its sampled columns sampled.
     *
     * @param timeframe  the timeframe of the closed bar, never {@link Timeframe#TICK}.
     * @param barStartNs start of the closed bar, ns since the epoch.
     */
    void onBarSample(Timeframe timeframe, long barStartNs);

    /**
     * An accepted input has been applied to every lane and feature.
     *
     * @param timeNs event time of the input (a bar's start), ns since the epoch.
     * @param input  its kind.
     */
    void onEventSample(long timeNs, TimelineInput input);
}
