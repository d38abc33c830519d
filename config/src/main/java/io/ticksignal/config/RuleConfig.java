package io.ticksignal.config;

import java.util.Objects;

/**
 * The built-in rule: BUY while the feature is above {@code buyAbove}, SELL while it is below
 * {@code sellBelow}, HOLD otherwise (and while the feature is not warm). Used until a model
 * bundle is configured.
 *
 * @param feature   the feature it reads; also listed under {@code features}.
 * @param buyAbove  BUY when the feature is strictly above this value.
 * @param sellBelow SELL when the feature is strictly below this value; at most {@code buyAbove}.
 */
public record RuleConfig(FeatureExpression feature, double buyAbove, double sellBelow)
{
    /**
     * Checks that the feature is not null.
     */
    public RuleConfig
    {
        Objects.requireNonNull(feature, "feature");
    }
}
