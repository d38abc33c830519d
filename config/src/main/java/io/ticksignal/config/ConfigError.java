package io.ticksignal.config;

import java.util.Objects;

/**
 * One problem found in a configuration: where it is and what is wrong.
 *
 * @param path    the key path, e.g. {@code instruments[1].priceScale} or {@code engine.ringSize};
 *                empty for a problem with the document as a whole (empty file, syntax error).
 * @param source  the display name of the document, e.g. {@code config/demo.yaml}.
 * @param line    1-based line in the document, 0 when there is no position (e.g. unreadable file).
 * @param column  1-based column in the document, 0 when there is no position.
 * @param message what is wrong and what is allowed, e.g.
 *                {@code 1000 is not allowed: must be a power of two between 64 and 16777216; try 1024}.
 */
public record ConfigError(String path, String source, int line, int column, String message)
{
    /**
     * Checks that no component is null.
     */
    public ConfigError
    {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
    }

    /**
     * One line for humans: {@code source:line:column: path: message}, leaving out the parts
     * that are unknown.
     *
     * @return the formatted error.
     */
    public String format()
    {
        final StringBuilder text = new StringBuilder(source);
        if (line > 0)
        {
            text.append(':').append(line);
            if (column > 0)
            {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (!path.isEmpty())
        {
            text.append(path).append(": ");
        }
        return text.append(message).toString();
    }

    @Override
    public String toString()
    {
        return format();
    }
}
