package io.ticksignal.config;

import java.util.List;

/**
 * Thrown by {@link ConfigLoader} when a configuration cannot be read or is invalid. It carries
 * every error found, not just the first; {@link #getMessage()} is a readable multi-line report.
 */
public final class ConfigException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    // transient: ConfigError is a plain record and the list is rebuilt from nothing on the
    // (unused) deserialisation path; the message already holds the full report.
    private final transient List<ConfigError> errors;

    /**
     * @param source display name of the document.
     * @param errors the errors found, at least one, in report order.
     */
    public ConfigException(final String source, final List<ConfigError> errors)
    {
        super(ConfigCheckResult.report(source, errors));
        this.errors = List.copyOf(errors);
    }

    /**
     * @return every error found, ordered by line then column.
     */
    public List<ConfigError> errors()
    {
        return errors == null ? List.of() : errors;
    }
}
