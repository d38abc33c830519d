package io.ticksignal.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where scores come from: a model bundle directory or the built-in rule. Exactly one of
 * {@code bundleDirectory} and {@code rule} is present, as {@code kind} says.
 *
 * @param kind            which of the two.
 * @param bundleDirectory the model bundle directory, present for {@link ModelKind#BUNDLE}.
 * @param rule            the rule, present for {@link ModelKind#RULE}.
 */
public record ModelConfig(ModelKind kind, Optional<Path> bundleDirectory, Optional<RuleConfig> rule)
{
    /**
     * Checks that the present part matches the kind.
     */
    public ModelConfig
    {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(bundleDirectory, "bundleDirectory");
        Objects.requireNonNull(rule, "rule");
        if (bundleDirectory.isPresent() != (kind == ModelKind.BUNDLE) || rule.isPresent() != (kind == ModelKind.RULE))
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
        return new ModelConfig(ModelKind.RULE, Optional.empty(), Optional.of(rule));
    }

    /**
     * @param bundleDirectory the bundle directory.
     * @return a bundle model.
     */
    public static ModelConfig ofBundle(final Path bundleDirectory)
    {
        return new ModelConfig(ModelKind.BUNDLE, Optional.of(bundleDirectory), Optional.empty());
    }
}
