package io.ticksignal.config;

import java.util.Locale;

/**
 * Writing YAML scalars for the files the tools generate (dataset sidecars, model bundles), which the YAML reader
 * must read back as exactly the text written. Cold path.
 */
public final class YamlText
{
    private YamlText()
    {
    }

    /**
     * @param text any text.
     * @return a YAML double-quoted scalar of it: {@code "} and {@code \} escaped, control characters as two-digit hex
     * escapes.
     */
    public static String quoted(final String text)
    {
        final StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++)
        {
            final char c = text.charAt(i);
            if (c == '"' || c == '\\')
            {
                out.append('\\').append(c);
            }
            else if (c < 0x20)
            {
                out.append(String.format(Locale.ROOT, "\\x%02x", (int)c));
            }
            else
            {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
