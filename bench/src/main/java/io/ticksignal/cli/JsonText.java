package io.ticksignal.cli;

/**
 * Writes the few JSON values the machine-readable outputs of {@code stat} and {@code tail} need:
 * strings (escaped) and numbers (NaN and infinities as {@code null}, which JSON lacks).
 */
final class JsonText
{
    private JsonText()
    {
    }

    /**
     * @param out   where to append.
     * @param value the string.
     * @return {@code out}, with the quoted, escaped string appended.
     */
    static StringBuilder appendString(final StringBuilder out, final String value)
    {
        out.append('"');
        for (int i = 0; i < value.length(); i++)
        {
            final char c = value.charAt(i);
            switch (c)
            {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                default:
                    if (c < 0x20)
                    {
                        out.append(String.format("\\u%04x", (int)c));
                    }
                    else
                    {
                        out.append(c);
                    }
            }
        }
        return out.append('"');
    }

    /**
     * @param out   where to append.
     * @param value the number.
     * @return {@code out}, with the number appended, or {@code null} when it is not finite.
     */
    static StringBuilder appendNumber(final StringBuilder out, final double value)
    {
        return Double.isFinite(value) ? out.append(value) : out.append("null");
    }
}
