package io.ticksignal.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking a configuration, for {@code ticksignal config check FILE}: either a
 * valid configuration or the list of errors. The caller only prints {@link #report()} and picks
 * an exit code from {@link #isOk()}.
 *
 * @param source display name of the checked document.
 * @param config the loaded configuration, present exactly when there are no errors.
 * @param errors every error found, ordered by line then column; empty when valid.
 */
public record ConfigCheckResult(String source, Optional<TicksignalConfig> config, List<ConfigError> errors)
{
    /**
     * Copies the error list and checks that a config is present exactly when there are no errors.
     */
    public ConfigCheckResult
    {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(config, "config");
        errors = List.copyOf(errors);
        if (config.isPresent() != errors.isEmpty())
        {
            throw new IllegalArgumentException("a result has either a config or errors");
        }
    }

    /**
     * @return true when the configuration is valid.
     */
    public boolean isOk()
    {
        return errors.isEmpty();
    }

    /**
     * @return {@code "ok"} when valid, otherwise the multi-line error report.
     */
    public String report()
    {
        return isOk() ? "ok" : report(source, errors);
    }

    /**
     * @return the configuration.
     * @throws ConfigException with every error when the configuration is invalid.
     */
    public TicksignalConfig orThrow()
    {
        return config.orElseThrow(() -> new ConfigException(source, errors));
    }

    static String report(final String source, final List<ConfigError> errors)
    {
        final StringBuilder text = new StringBuilder()
            .append(source).append(": ").append(errors.size())
            .append(errors.size() == 1 ? " configuration error" : " configuration errors");
        for (final ConfigError error : errors)
        {
            text.append('\n').append("  ").append(error.format());
        }
        return text.toString();
    }
}
