package io.ticksignal.config;

/**
 * A YAML scalar: its text as written and the type YAML resolved for it (a quoted
 * {@code "4096"} is a {@link Kind#STRING}, a plain {@code 4096} an {@link Kind#INTEGER}).
 *
 * @param text   the scalar's text; empty for {@link Kind#NULL}.
 * @param kind   the resolved type.
 * @param line   1-based line of the scalar.
 * @param column 1-based column of the scalar.
 */
record YamlScalar(String text, Kind kind, int line, int column) implements YamlNode
{
    /**
     * Types YAML resolves a scalar to.
     */
    enum Kind
    {
        /** Text, quoted or plain. */
        STRING,
        /** A plain whole number. */
        INTEGER,
        /** A plain number with a fraction or exponent. */
        FLOAT,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** {@code null}, {@code ~} or nothing at all. */
        NULL
    }

    @Override
    public String describe()
    {
        return switch (kind)
        {
            case STRING -> "the string \"" + text + "\"";
            case INTEGER -> "the whole number " + text;
            case FLOAT -> "the number " + text;
            case BOOLEAN -> "the boolean " + text;
            case NULL -> "nothing (null)";
        };
    }
}
