package io.ticksignal.config;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads one YAML document into a tree of {@link YamlNode}s that keep their line and column,
 * using Jackson's streaming YAML parser (token locations). Problems with the document itself
 * (empty, syntax error, duplicate key, several documents) go to the error list. Cold path.
 */
final class YamlTreeReader
{
    private static final Pattern MARK = Pattern.compile("line (\\d+), column (\\d+)");

    private final YAMLFactory factory = YAMLFactory.builder().build();

    /**
     * @param content the YAML text.
     * @param errors  where problems are reported.
     * @return the root node, or null when the document is empty or unreadable (then an error
     * has been reported).
     */
    YamlNode read(final String content, final ConfigErrors errors)
    {
        try (JsonParser parser = factory.createParser(content))
        {
            final JsonToken first = parser.nextToken();
            if (first == null)
            {
                errors.add("", 1, 1, "the file is empty; it needs at least the 'instruments' and 'model' sections");
                return null;
            }
            final YamlNode root = readValue(parser, first, "", errors);
            if (parser.nextToken() != null)
            {
                final JsonLocation location = parser.currentTokenLocation();
                errors.add("", location.getLineNr(), location.getColumnNr(),
                    "a second YAML document starts here ('---'); a config file holds exactly one");
            }
            return root;
        }
        catch (final JsonProcessingException ex)
        {
            reportSyntaxError(ex, errors);
            return null;
        }
        catch (final IOException ex)
        {
            errors.add("", 0, 0, "cannot read YAML: " + ex.getMessage());
            return null;
        }
    }

    private static YamlNode readValue(
        final JsonParser parser, final JsonToken token, final String path, final ConfigErrors errors)
        throws IOException
    {
        final JsonLocation location = parser.currentTokenLocation();
        final int line = location.getLineNr();
        final int column = location.getColumnNr();
        return switch (token)
        {
            case START_OBJECT -> readMap(parser, path, line, column, errors);
            case START_ARRAY -> readList(parser, path, line, column, errors);
            case VALUE_NUMBER_INT -> new YamlScalar(parser.getText(), YamlScalar.Kind.INTEGER, line, column);
            case VALUE_NUMBER_FLOAT -> new YamlScalar(parser.getText(), YamlScalar.Kind.FLOAT, line, column);
            case VALUE_TRUE, VALUE_FALSE -> new YamlScalar(parser.getText(), YamlScalar.Kind.BOOLEAN, line, column);
            case VALUE_NULL -> new YamlScalar("", YamlScalar.Kind.NULL, line, column);
            default -> stringScalar(parser.getText(), line, column);
        };
    }

    private static YamlScalar stringScalar(final String text, final int line, final int column)
    {
        // `key:` with nothing after it arrives as an empty string; it means "no value".
        return text == null || text.isEmpty() ?
            new YamlScalar("", YamlScalar.Kind.NULL, line, column) :
            new YamlScalar(text, YamlScalar.Kind.STRING, line, column);
    }

    private static YamlMap readMap(
        final JsonParser parser, final String path, final int line, final int column, final ConfigErrors errors)
        throws IOException
    {
        final Map<String, YamlMap.Entry> entries = new LinkedHashMap<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME)
        {
            final String key = parser.currentName();
            final JsonLocation keyLocation = parser.currentTokenLocation();
            final String keyPath = path.isEmpty() ? key : path + "." + key;
            final YamlNode value = readValue(parser, parser.nextToken(), keyPath, errors);
            final YamlMap.Entry previous = entries.get(key);
            if (previous != null)
            {
                errors.add(keyPath, keyLocation.getLineNr(), keyLocation.getColumnNr(),
                    "duplicate key; '" + key + "' is already set on line " + previous.keyLine() +
                    " (YAML keeps only one of them, so remove one)");
                continue;
            }
            entries.put(key, new YamlMap.Entry(key, keyLocation.getLineNr(), keyLocation.getColumnNr(), value));
        }
        if (token != JsonToken.END_OBJECT)
        {
            throw new IOException("unexpected token " + token + " in a map at " + path);
        }
        return new YamlMap(entries, line, column);
    }

    private static YamlList readList(
        final JsonParser parser, final String path, final int line, final int column, final ConfigErrors errors)
        throws IOException
    {
        final List<YamlNode> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY)
        {
            if (token == null)
            {
                throw new IOException("unexpected end of input in a list at " + path);
            }
            items.add(readValue(parser, token, path + "[" + items.size() + "]", errors));
        }
        return new YamlList(items, line, column);
    }

    /**
     * Reports at the position of the problem, which SnakeYAML gives as the last "line L, column C"
     * of its message (earlier ones locate the context, e.g. where an unclosed list started);
     * Jackson's own location is where its parser stopped, which can be a line earlier.
     */
    private static void reportSyntaxError(final JsonProcessingException ex, final ConfigErrors errors)
    {
        final String message = ex.getOriginalMessage();
        int line = ex.getLocation() == null ? 0 : ex.getLocation().getLineNr();
        int column = ex.getLocation() == null ? 0 : ex.getLocation().getColumnNr();
        final Matcher mark = MARK.matcher(message == null ? "" : message);
        while (mark.find())
        {
            line = Integer.parseInt(mark.group(1));
            column = Integer.parseInt(mark.group(2));
        }
        errors.add("", line, column, "YAML syntax error: " + syntaxProblem(message));
    }

    /**
     * SnakeYAML's messages repeat the position and quote the source line with a caret; keep
     * only the sentences (the unindented lines), since the position is reported separately.
     */
    static String syntaxProblem(final String message)
    {
        if (message == null || message.isBlank())
        {
            return "unreadable YAML";
        }
        final StringBuilder problem = new StringBuilder();
        for (final String line : message.split("\\R"))
        {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0)))
            {
                if (problem.length() > 0)
                {
                    problem.append("; ");
                }
                problem.append(line.strip());
            }
        }
        return problem.length() == 0 ? message.strip() : problem.toString();
    }
}
