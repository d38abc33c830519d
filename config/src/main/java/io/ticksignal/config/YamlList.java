package io.ticksignal.config;

import java.util.List;

/**
 * A YAML sequence.
 *
 * @param items  the items in document order.
 * @param line   1-based line where the sequence starts.
 * @param column 1-based column where the sequence starts.
 */
record YamlList(List<YamlNode> items, int line, int column) implements YamlNode
{
    YamlList
    {
        items = List.copyOf(items);
    }

    @Override
    public String describe()
    {
        return "a list";
    }
}
