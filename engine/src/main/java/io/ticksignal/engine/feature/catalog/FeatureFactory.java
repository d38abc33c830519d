package io.ticksignal.engine.feature.catalog;

import io.ticksignal.engine.feature.Feature;

/**
 * Builds a feature instance from validated arguments (configuration time; may allocate).
 */
@FunctionalInterface
public interface FeatureFactory
{
    /**
     * @param arguments every argument of the entry, defaults applied, each within its range.
     * @return a new instance: an {@link io.ticksignal.engine.feature.indicator.Indicator} for
     * {@link FeatureInput#BARS} entries, an {@link io.ticksignal.engine.feature.EventFeature} for
     * {@link FeatureInput#TRADES} and {@link FeatureInput#QUOTES} entries.
     */
    Feature create(FeatureArguments arguments);
}
