package io.ticksignal.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads and validates the {@code model} section: a bundle directory, the built-in rule (whose feature must be one
 * of the configured features), or a model registry and a model name in it (the engine runs and follows the
 * promoted version); optionally {@code shadow}, a second bundle directory scored in shadow (its bundle is validated
 * when the pipeline is built).
 */
final class ModelSection
{
    static final List<String> KEYS = List.of("bundle", "rule", "registry", "name", "shadow");
    static final List<String> RULE_KEYS = List.of("feature", "buyAbove", "sellBelow");

    private static final String MODEL =
        "either 'bundle: DIR' (a model bundle directory), 'registry: DIR' with 'name: NAME' (a model registry), " +
        "or 'rule:' with feature, buyAbove and sellBelow";

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
        final boolean hasRegistry = model.value("registry") != null;
        if (hasBundle && hasRule)
        {
            model.reject("rule", "give either 'bundle' or 'rule', not both");
            return null;
        }
        if (hasRegistry && (hasBundle || hasRule))
        {
            model.reject("registry", "give one of 'bundle', 'registry' (with 'name') and 'rule', not " +
                (hasBundle ? "'bundle'" : "'rule'") + " and 'registry' together");
            return null;
        }
        if (!hasRegistry && model.value("name") != null)
        {
            model.reject("name", "'name' names a model in a registry; give 'registry: DIR' with it, or remove it");
            return null;
        }
        if (hasRegistry)
        {
            return registry(model);
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

    private static ModelConfig registry(final SectionReader model)
    {
        final Optional<Path> directory = model.path("registry",
            "a model registry directory (NAME/VERSION/ bundles, NAME/PROMOTED)");
        final Optional<String> name = model.requiredText("name", "the model's name in the registry: a directory " +
            "under it, of letters, digits, '.', '_' and '-'");
        if (name.isPresent() && !ModelRegistryConfig.isValidName(name.get()))
        {
            model.reject("name", "'" + name.get() + "' is not a model name: use letters, digits, '.', '_' and '-' " +
                "(not starting with '.'), as the model's directory in the registry is named");
            return null;
        }
        if (directory.isEmpty() || name.isEmpty())
        {
            return null;
        }
        return ModelConfig.ofRegistry(new ModelRegistryConfig(directory.get(), name.get()));
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
