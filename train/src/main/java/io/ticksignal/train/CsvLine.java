package io.ticksignal.train;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV line into fields: comma-separated, a field may be double-quoted (then commas are literal and
 * {@code ""} is a quote), a trailing carriage return is dropped. Cold path.
 */
final class CsvLine
{
    private CsvLine()
    {
    }

    static List<String> split(final String line)
    {
        final String text = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        final List<String> fields = new ArrayList<>();
        final StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++)
        {
            final char c = text.charAt(i);
            if (quoted)
            {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"')
                {
                    field.append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.add(field.toString());
                field.setLength(0);
            }
            else
            {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
