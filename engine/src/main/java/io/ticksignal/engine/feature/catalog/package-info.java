/**
 * The catalog of feature names and the feature-expression parser.
 * <p>
 * {@link io.ticksignal.engine.feature.catalog.FeatureCatalog} holds one
 * {@link io.ticksignal.engine.feature.catalog.FeatureEntry} per feature name: its arguments (type,
 * default, allowed range), outputs, the input it needs, a warm-up formula over its arguments, a
 * one-line formula/convention and a factory. The standard entries are registered, one line each, in
 * {@link io.ticksignal.engine.feature.catalog.StandardFeatures} (bar indicators),
 * {@link io.ticksignal.engine.feature.catalog.VolatilityFeatures} (volatility estimators) and
 * {@link io.ticksignal.engine.feature.catalog.MicrostructureFeatures} (trade and quote features).
 * <p>
 * {@link io.ticksignal.engine.feature.catalog.FeatureExpressionParser} turns text such as
 * {@code macd(12,26,9).signal@5m} into a validated
 * {@link io.ticksignal.engine.feature.catalog.ParsedFeature} (defaults applied) that builds an
 * instance; errors name the 1-based character position and what is allowed.
 * <p>
 * Everything here runs at configuration time and may allocate; the features it builds allocate
 * nothing per update.
 */
package io.ticksignal.engine.feature.catalog;
