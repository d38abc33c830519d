package io.ticksignal.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A YAML mapping in document order, each entry with the position of its key.
 *
 * @param entries entries keyed by key text, in document order.
 * @param line    1-based line where the mapping starts.
 * @param column  1-based column where the mapping starts.
 */
record YamlMap(Map<String, Entry> entries, int line, int column) implements YamlNode
{
    /**
     * One key and its value.
     *
     * @param key       the key text.
     * @param keyLine   1-based line of the key.
     * @param keyColumn 1-based column of the key.
     * @param value     the value node.
     */
    record Entry(String key, int keyLine, int keyColumn, YamlNode value)
    {
    }

    YamlMap
    {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /**
     * @param key key text.
     * @return the entry, or null when the key is absent.
     */
    Entry entry(final String key)
    {
        return entries.get(key);
    }

    @Override
    public String describe()
    {
        return "a map";
    }
}
