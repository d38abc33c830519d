package io.ticksignal.bench.suite;

import java.util.Locale;

/**
 * The small pieces of JSON the result files are written with (no JSON library on the bench's result path: the
 * files are flat and their field order is part of their readability). Cold path.
 */
public final class ResultJson
{
    private ResultJson()
    {
    }

    /**
     * Appends {@code "name": value,} and a line break, two spaces in.
     *
     * @param out   where to.
     * @param name  the field name (plain text, not escaped).
     * @param value the value, already JSON.
     */
    public static void field(final StringBuilder out, final String name, final String value)
    {
        out.append("  \"").append(name).append("\": ").append(value).append(",\n");
    }

    /**
     * @param value a number.
     * @return it with 3 decimals, or {@code null} when it is not finite (JSON has no NaN).
     */
    public static String number(final double value)
    {
        return Double.isFinite(value) ? format("%.3f", value) : "null";
    }

    /**
     * @param pattern a {@link String#format} pattern with one number.
     * @param value   the number.
     * @return the text, in the root locale (a '.' decimal point whatever the machine's locale).
     */
    public static String format(final String pattern, final double value)
    {
        return String.format(Locale.ROOT, pattern, value);
    }

    /**
     * @param text any text.
     * @return it as a JSON string: quoted, with {@code "} and {@code \} escaped and each control character as a
     *         six-character unicode escape (backslash, 'u', four hex digits).
     */
    public static String quote(final String text)
    {
        final StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++)
        {
            final char c = text.charAt(i);
            if ('"' == c || '\\' == c)
            {
                out.append('\\').append(c);
            }
            else if (c < 0x20)
            {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int)c));
            }
            else
            {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
