package io.ticksignal.config;

/**
 * A node of a YAML document that remembers where it was written, so that a configuration
 * error can name the file's line and column. Built by {@link YamlTreeReader}; immutable.
 */
sealed interface YamlNode permits YamlMap, YamlList, YamlScalar
{
    /**
     * @return 1-based line of the node's first character, 0 when unknown.
     */
    int line();

    /**
     * @return 1-based column of the node's first character, 0 when unknown.
     */
    int column();

    /**
     * @return what this node is, for error messages, e.g. {@code "a list"}.
     */
    String describe();
}
