package io.ticksignal.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where scores come from: a model bundle directory, the built-in rule, or the promoted version of a named model in
 * a model registry. Exactly one of {@code bundleDirectory}, {@code rule} and {@code registry} is present, as
 * {@code kind} says. Optionally a second bundle scored in shadow beside it (champion/challenger): its signals are
 * journaled, never published.
 *
 * @param kind            which of the three.
 * @param bundleDirectory the model bundle directory, present for {@link ModelKind#BUNDLE}.
 * @param rule            the rule, present for {@link ModelKind#RULE}.
 * @param registry        the registry and model name, present for {@link ModelKind#REGISTRY}.
 * @param shadowDirectory the shadow (challenger) bundle directory ({@code model.shadow}), or empty.
 */
public record ModelConfig(
    ModelKind kind, Optional<Path> bundleDirectory, Optional<RuleConfig> rule, Optional<ModelRegistryConfig> registry,
    Optional<Path> shadowDirectory)
{
    /**
     * Checks that the present part matches the kind.
     */
    public ModelConfig
    {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(bundleDirectory, "bundleDirectory");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(shadowDirectory, "shadowDirectory");
        if (bundleDirectory.isPresent() != (kind == ModelKind.BUNDLE) || rule.isPresent() != (kind == ModelKind.RULE) ||
            registry.isPresent() != (kind == ModelKind.REGISTRY))
        {
            throw new IllegalArgumentException("a " + kind.configName() + " model needs exactly its own part");
        }
    }

    /**
     * @param rule the rule.
     * @return a rule model.
     */
    public static ModelConfig ofRule(final RuleConfig rule)
    {
        return new ModelConfig(ModelKind.RULE, Optional.empty(), Optional.of(rule), Optional.empty(), Optional.empty());
    }

    /**
     * @param bundleDirectory the bundle directory.
     * @return a bundle model.
     */
    public static ModelConfig ofBundle(final Path bundleDirectory)
    {
        return new ModelConfig(ModelKind.BUNDLE, Optional.of(bundleDirectory), Optional.empty(), Optional.empty(),
            Optional.empty());
    }

    /**
     * @param registry the registry directory and the model's name in it.
     * @return a model that follows the registry's promoted version.
     */
    public static ModelConfig ofRegistry(final ModelRegistryConfig registry)
    {
        return new ModelConfig(ModelKind.REGISTRY, Optional.empty(), Optional.empty(), Optional.of(registry),
            Optional.empty());
    }

    /**
     * @param shadow the shadow bundle directory, or empty for none.
     * @return this model with that shadow.
     */
    public ModelConfig withShadow(final Optional<Path> shadow)
    {
        return new ModelConfig(kind, bundleDirectory, rule, registry, shadow);
    }
}
