package io.ticksignal.config;

/**
 * Where the engine's scores come from.
 */
public enum ModelKind implements NamedInConfig
{
    /** A built-in threshold rule on one feature ({@link RuleConfig}). */
    RULE("rule"),
    /** A model bundle directory (ONNX or built-in scorer plus metadata). */
    BUNDLE("bundle"),
    /** The promoted version of a named model in a model registry ({@link ModelRegistryConfig}). */
    REGISTRY("registry");

    private final String configName;

    ModelKind(final String configName)
    {
        this.configName = configName;
    }

    @Override
    public String configName()
    {
        return configName;
    }
}
