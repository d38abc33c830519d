package io.ticksignal.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Typed, error-collecting access to one map of the YAML tree (a section such as {@code engine}
 * or one instrument). On creation it reports keys that are not allowed, with a did-you-mean
 * hint; each getter returns empty when the key is absent or its value is of the wrong type, and
 * in the latter case reports an error naming the key path, line, value and what is expected.
 * A {@code null} value counts as absent. Cold path; single-threaded.
 */
final class SectionReader
{
    private static final Pattern DECIMAL =
        Pattern.compile("[-+]?(?:[0-9][0-9_]*(?:\\.[0-9_]*)?|\\.[0-9_]+)(?:[eE][-+]?[0-9]+)?");

    private final YamlMap map;
    private final String path;
    private final int line;
    private final int column;
    private final boolean reportMissing;
    private final ConfigErrors errors;

    private SectionReader(
        final YamlNode node,
        final String path,
        final int line,
        final int column,
        final boolean reportMissing,
        final List<String> allowedKeys,
        final ConfigErrors errors)
    {
        this.path = path;
        this.line = line;
        this.column = column;
        this.errors = errors;
        if (node instanceof YamlMap yamlMap)
        {
            this.map = yamlMap;
            this.reportMissing = reportMissing;
            reportUnknownKeys(allowedKeys);
        }
        else
        {
            this.map = null;
            final boolean absent = node == null || isNull(node);
            this.reportMissing = reportMissing && absent;
            if (!absent)
            {
                errors.add(path, node, "expected a map with the keys " + String.join(", ", allowedKeys) +
                    "; got " + node.describe());
            }
        }
    }

    /**
     * @param root        the document's root node.
     * @param allowedKeys the allowed top-level keys.
     * @param errors      where errors go.
     * @return a reader of the top level.
     */
    static SectionReader root(final YamlNode root, final List<String> allowedKeys, final ConfigErrors errors)
    {
        return new SectionReader(root, "", 1, 1, true, allowedKeys, errors);
    }

    /**
     * @param node        a node that should be a map, e.g. a list item; null when absent.
     * @param path        its key path, e.g. {@code instruments[1]}.
     * @param allowedKeys its allowed keys.
     * @param errors      where errors go.
     * @return a reader of that map.
     */
    static SectionReader of(
        final YamlNode node, final String path, final List<String> allowedKeys, final ConfigErrors errors)
    {
        return new SectionReader(node, path, node.line(), node.column(), true, allowedKeys, errors);
    }

    /**
     * @param key         a key of this map whose value should be a map.
     * @param allowedKeys that map's allowed keys.
     * @return a reader of the nested map; when it is absent, missing required keys are reported
     * at this key (or at this map when the key is absent too).
     */
    SectionReader section(final String key, final List<String> allowedKeys)
    {
        final YamlMap.Entry entry = map == null ? null : map.entry(key);
        return entry == null ?
            new SectionReader(null, pathOf(key), line, column, reportMissing, allowedKeys, errors) :
            new SectionReader(entry.value(), pathOf(key), entry.keyLine(), entry.keyColumn(), reportMissing,
                allowedKeys, errors);
    }

    String pathOf(final String key)
    {
        return path.isEmpty() ? key : path + "." + key;
    }

    ConfigErrors errors()
    {
        return errors;
    }

    /**
     * @param key a key of this map.
     * @return its value, or null when absent or null.
     */
    YamlNode value(final String key)
    {
        final YamlMap.Entry entry = map == null ? null : map.entry(key);
        return entry == null || isNull(entry.value()) ? null : entry.value();
    }

    /**
     * Reports a required key as missing, at the position of this map.
     */
    void missing(final String key, final String expectation)
    {
        if (reportMissing)
        {
            errors.add(pathOf(key), line, column, "missing required key '" + key + "' (" + expectation + ")");
        }
    }

    /**
     * Reports a value that has the right type but is not allowed, at the value; or, for a
     * default that conflicts with another value, at this map.
     */
    void reject(final String key, final String message)
    {
        final YamlNode node = value(key);
        if (node == null)
        {
            errors.add(pathOf(key), line, column, message);
        }
        else
        {
            errors.add(pathOf(key), node, message);
        }
    }

    Optional<String> text(final String key, final String expectation)
    {
        final YamlNode node = value(key);
        if (node == null)
        {
            return Optional.empty();
        }
        if (node instanceof YamlScalar scalar)
        {
            return Optional.of(scalar.text());
        }
        errors.add(pathOf(key), node, "expected " + expectation + "; got " + node.describe());
        return Optional.empty();
    }

    Optional<String> requiredText(final String key, final String expectation)
    {
        if (value(key) == null)
        {
            missing(key, expectation);
        }
        return text(key, expectation);
    }

    OptionalLong wholeNumber(final String key, final String expectation)
    {
        final YamlNode node = value(key);
        if (node == null)
        {
            return OptionalLong.empty();
        }
        if (node instanceof YamlScalar scalar && scalar.kind() == YamlScalar.Kind.INTEGER)
        {
            try
            {
                return OptionalLong.of(Long.decode(scalar.text().replace("_", "")));
            }
            catch (final NumberFormatException ex)
            {
                errors.add(pathOf(key), node, scalar.text() + " is out of range: expected " + expectation);
                return OptionalLong.empty();
            }
        }
        errors.add(pathOf(key), node, "expected a whole number (" + expectation + "); got " + node.describe() +
            quotedNumberHint(node));
        return OptionalLong.empty();
    }

    OptionalLong requiredWholeNumber(final String key, final String expectation)
    {
        if (value(key) == null)
        {
            missing(key, "a whole number: " + expectation);
        }
        return wholeNumber(key, expectation);
    }

    OptionalDouble number(final String key, final String expectation)
    {
        final YamlNode node = value(key);
        if (node == null)
        {
            return OptionalDouble.empty();
        }
        if (node instanceof YamlScalar scalar &&
            (scalar.kind() == YamlScalar.Kind.INTEGER || scalar.kind() == YamlScalar.Kind.FLOAT))
        {
            // .nan and .inf are YAML floats too; they, and numbers too large for a double, are rejected
            final double number = DECIMAL.matcher(scalar.text()).matches() ?
                Double.parseDouble(scalar.text().replace("_", "")) : Double.NaN;
            if (Double.isFinite(number))
            {
                return OptionalDouble.of(number);
            }
            errors.add(pathOf(key), node, scalar.text() + " is not allowed: expected a finite number, " + expectation);
            return OptionalDouble.empty();
        }
        errors.add(pathOf(key), node, "expected a number (" + expectation + "); got " + node.describe() +
            quotedNumberHint(node));
        return OptionalDouble.empty();
    }

    OptionalDouble requiredNumber(final String key, final String expectation)
    {
        if (value(key) == null)
        {
            missing(key, "a number: " + expectation);
        }
        return number(key, expectation);
    }

    <E extends Enum<E> & NamedInConfig> Optional<E> choice(final String key, final Class<E> type, final String what)
    {
        final List<String> names = new ArrayList<>();
        for (final E constant : type.getEnumConstants())
        {
            names.add(constant.configName());
        }
        final Optional<String> text = text(key, what + ", one of " + String.join(", ", names));
        if (text.isEmpty())
        {
            return Optional.empty();
        }
        final String wanted = normalise(text.get());
        for (final E constant : type.getEnumConstants())
        {
            if (normalise(constant.configName()).equals(wanted))
            {
                return Optional.of(constant);
            }
        }
        final String suggestion = KeySuggester.closest(text.get(), names);
        reject(key, "'" + text.get() + "' is not " + what + didYouMean(suggestion) +
            "allowed: " + String.join(", ", names));
        return Optional.empty();
    }

    Optional<Path> path(final String key, final String expectation)
    {
        final Optional<String> text = text(key, expectation);
        if (text.isEmpty())
        {
            return Optional.empty();
        }
        try
        {
            return Optional.of(Path.of(text.get()));
        }
        catch (final InvalidPathException ex)
        {
            reject(key, "'" + text.get() + "' is not a valid path: " + ex.getReason());
            return Optional.empty();
        }
    }

    Optional<YamlList> list(final String key, final String expectation)
    {
        final YamlNode node = value(key);
        if (node == null)
        {
            return Optional.empty();
        }
        if (node instanceof YamlList yamlList)
        {
            return Optional.of(yamlList);
        }
        errors.add(pathOf(key), node, "expected " + expectation + "; got " + node.describe());
        return Optional.empty();
    }

    private void reportUnknownKeys(final List<String> allowedKeys)
    {
        for (final YamlMap.Entry entry : map.entries().values())
        {
            if (!allowedKeys.contains(entry.key()))
            {
                final String suggestion = KeySuggester.closest(entry.key(), allowedKeys);
                errors.add(pathOf(entry.key()), entry.keyLine(), entry.keyColumn(), "unknown key '" + entry.key() +
                    "'" + didYouMean(suggestion) + "allowed keys: " + String.join(", ", allowedKeys));
            }
        }
    }

    private static String didYouMean(final String suggestion)
    {
        return suggestion == null ? "; " : "; did you mean '" + suggestion + "'? ";
    }

    private static String quotedNumberHint(final YamlNode node)
    {
        return node instanceof YamlScalar scalar && scalar.kind() == YamlScalar.Kind.STRING &&
            DECIMAL.matcher(scalar.text()).matches() ? " (write the number without quotes)" : "";
    }

    private static boolean isNull(final YamlNode node)
    {
        return node instanceof YamlScalar scalar && scalar.kind() == YamlScalar.Kind.NULL;
    }

    private static String normalise(final String name)
    {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
