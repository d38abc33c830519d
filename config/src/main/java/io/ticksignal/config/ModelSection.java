package io.ticksignal.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads and validates the {@code model} section: either a bundle directory or the built-in
 * rule, whose feature must be one of the configured features; optionally {@code shadow}, a
 * second bundle directory scored in shadow (its bundle is validated when the pipeline is built).
 */
final class ModelSection
{
    static final List<String> KEYS = List.of("bundle", "rule", "shadow");
    static final List<String> RULE_KEYS = List.of("feature", "buyAbove", "sellBelow");

    private static final String MODEL =
        "either 'bundle: DIR' (a model bundle directory) or 'rule:' with feature, buyAbove and sellBelow";

    private ModelSection()
    {
    }

    /**
     * @return the model, or null when it is missing or invalid (an error has been reported).
     */
    static ModelConfig read(final SectionReader root, final List<FeatureExpression> features)
    {
        if (root.value("model") == null)
        {
            root.missing("model", MODEL);
            return null;
        }
        final SectionReader model = root.section("model", KEYS);
        final Optional<Path> shadow = model.value("shadow") == null ? Optional.empty() :
            model.path("shadow", "a model bundle directory scored in shadow (journaled, never published)");
        final ModelConfig champion = champion(model, features);
        return champion == null ? null : champion.withShadow(shadow);
    }

    private static ModelConfig champion(final SectionReader model, final List<FeatureExpression> features)
    {
        final boolean hasBundle = model.value("bundle") != null;
        final boolean hasRule = model.value("rule") != null;
        if (hasBundle && hasRule)
        {
            model.reject("rule", "give either 'bundle' or 'rule', not both");
            return null;
        }
        if (hasBundle)
        {
            return model.path("bundle", "a model bundle directory").map(ModelConfig::ofBundle).orElse(null);
        }
        if (!hasRule)
        {
            model.missing("rule", MODEL);
            return null;
        }
        final RuleConfig rule = rule(model.section("rule", RULE_KEYS), features);
        return rule == null ? null : ModelConfig.ofRule(rule);
    }

    private static RuleConfig rule(final SectionReader rule, final List<FeatureExpression> features)
    {
        final Optional<String> text = rule.requiredText("feature", "the feature the rule reads, e.g. rsi(14)@1m");
        FeatureExpression feature = null;
        if (text.isPresent())
        {
            feature = FeaturesSection.parse(
                (YamlScalar)rule.value("feature"), rule.pathOf("feature"), rule.errors());
            if (feature != null && !features.contains(feature))
            {
                rule.reject("feature", "'" + feature.expression() + "' is not in the features list; add it there");
            }
        }
        final OptionalDouble buyAbove = rule.requiredNumber("buyAbove", "BUY while the feature is above it");
        final OptionalDouble sellBelow = rule.requiredNumber("sellBelow",
            "SELL while the feature is below it; at most buyAbove");
        if (buyAbove.isPresent() && sellBelow.isPresent() && sellBelow.getAsDouble() > buyAbove.getAsDouble())
        {
            rule.reject("sellBelow", sellBelow.getAsDouble() + " is not allowed: must be at most buyAbove (" +
                buyAbove.getAsDouble() + "), or a value between them would mean both BUY and SELL");
        }
        if (feature == null || buyAbove.isEmpty() || sellBelow.isEmpty())
        {
            return null;
        }
        return new RuleConfig(feature, buyAbove.getAsDouble(), sellBelow.getAsDouble());
    }
}
