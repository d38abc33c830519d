package io.ticksignal.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the errors of one load so that all of them are reported together. Single-threaded;
 * one instance per load.
 */
final class ConfigErrors
{
    private final String source;
    private final List<ConfigError> errors = new ArrayList<>();

    ConfigErrors(final String source)
    {
        this.source = source;
    }

    void add(final String path, final int line, final int column, final String message)
    {
        errors.add(new ConfigError(path, source, line, column, message));
    }

    void add(final String path, final YamlNode node, final String message)
    {
        add(path, node.line(), node.column(), message);
    }

    boolean isEmpty()
    {
        return errors.isEmpty();
    }

    /**
     * @return the errors ordered by line then column (stable, so errors at one position keep
     * the order in which they were found).
     */
    List<ConfigError> sorted()
    {
        final List<ConfigError> copy = new ArrayList<>(errors);
        copy.sort(Comparator.comparingInt(ConfigError::line).thenComparingInt(ConfigError::column));
        return List.copyOf(copy);
    }
}
