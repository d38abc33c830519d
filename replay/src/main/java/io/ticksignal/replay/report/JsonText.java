package io.ticksignal.replay.report;

import java.util.Map;

/**
 * Minimal JSON writing: objects of named fields, numbers, strings. NaN is written as {@code null}; infinities as the
 * strings {@code "Infinity"} and {@code "-Infinity"} (JSON has no such numbers).
 */
final class JsonText
{
    private final StringBuilder out = new StringBuilder(4096);
    private final boolean[] first = new boolean[16];
    private int depth;

    JsonText open(final String name)
    {
        key(name);
        out.append('{');
        first[++depth] = true;
        return this;
    }

    JsonText openArray(final String name)
    {
        key(name);
        out.append('[');
        first[++depth] = true;
        return this;
    }

    JsonText openElement()
    {
        separator();
        out.append('{');
        first[++depth] = true;
        return this;
    }

    JsonText close()
    {
        out.append('\n').append("  ".repeat(depth - 1)).append('}');
        depth--;
        return this;
    }

    JsonText closeArray()
    {
        out.append('\n').append("  ".repeat(depth - 1)).append(']');
        depth--;
        return this;
    }

    JsonText number(final String name, final double value)
    {
        key(name);
        if (Double.isNaN(value))
        {
            out.append("null");
        }
        else if (Double.isInfinite(value))
        {
            out.append(value > 0 ? "\"Infinity\"" : "\"-Infinity\"");
        }
        else if (value == Math.rint(value) && Math.abs(value) < 1e15)
        {
            out.append((long)value);
        }
        else
        {
            out.append(value);
        }
        return this;
    }

    JsonText integer(final String name, final long value)
    {
        key(name);
        out.append(value);
        return this;
    }

    JsonText bool(final String name, final boolean value)
    {
        key(name);
        out.append(value);
        return this;
    }

    JsonText string(final String name, final String value)
    {
        key(name);
        if (null == value)
        {
            out.append("null");
        }
        else
        {
            quote(value);
        }
        return this;
    }

    JsonText numbers(final Map<String, Double> values)
    {
        for (final Map.Entry<String, Double> entry : values.entrySet())
        {
            number(entry.getKey(), entry.getValue());
        }
        return this;
    }

    private void key(final String name)
    {
        separator();
        if (null != name)
        {
            quote(name);
            out.append(": ");
        }
    }

    private void separator()
    {
        if (depth > 0)
        {
            if (!first[depth])
            {
                out.append(',');
            }
            first[depth] = false;
            out.append('\n').append("  ".repeat(depth));
        }
    }

    private void quote(final String value)
    {
        out.append('"');
        for (int i = 0; i < value.length(); i++)
        {
            final char c = value.charAt(i);
            if ('"' == c || '\\' == c)
            {
                out.append('\\').append(c);
            }
            else if (c < 0x20)
            {
                out.append(String.format("\\u%04x", (int)c));
            }
            else
            {
                out.append(c);
            }
        }
        out.append('"');
    }

    @Override
    public String toString()
    {
        return out.toString();
    }
}
