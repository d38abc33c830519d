package io.ticksignal.engine.feature.catalog;

import io.ticksignal.config.Timeframe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses feature expressions against a {@link FeatureCatalog}:
 * <pre>
 * expression := name [ '(' number { ',' number } ')' ] [ '.' output ] [ '@' timeframe ]
 * name, output := [a-z][a-z0-9_]*      number := -?[0-9]+(.[0-9]+)?      (spaces allowed around numbers)
 * timeframe := tick | 1s | 1m | 5m | 15m | 1h | 1d
 * </pre>
 * Trailing arguments may be left out (their defaults apply); a missing output is the first one.
 * Every error is a {@link FeatureExpressionException} naming the 1-based position and what is allowed.
 * <p>
 * This is the engine's full parser; {@code io.ticksignal.config.FeatureExpression} checks only the shape
 * for the config file. Stateless and thread-safe; configuration time only.
 */
public final class FeatureExpressionParser
{
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");
    private static final String EXPECTED =
        "expected name(args).output@timeframe, e.g. sma(20), rsi(14)@1m, macd(12,26,9).signal@5m";

    private final FeatureCatalog catalog;

    /**
     * @param catalog the known features.
     */
    public FeatureExpressionParser(final FeatureCatalog catalog)
    {
        this.catalog = catalog;
    }

    /**
     * @return a parser over {@link FeatureCatalog#standard()}.
     */
    public static FeatureExpressionParser standard()
    {
        return new FeatureExpressionParser(FeatureCatalog.standard());
    }

    /**
     * @param expressions expressions separated by {@code ;} (white space around each is dropped,
     *                    empty items are skipped), e.g. {@code sma(20); rsi(14)@5m}.
     * @return the parsed features in order.
     * @throws FeatureExpressionException for the first bad expression, or when there is none.
     */
    public List<ParsedFeature> parseList(final String expressions)
    {
        final List<ParsedFeature> parsed = new ArrayList<>();
        for (final String item : expressions.split(";", -1))
        {
            if (!item.isBlank())
            {
                parsed.add(parse(item));
            }
        }
        if (parsed.isEmpty())
        {
            throw new FeatureExpressionException(expressions, 1, "no feature expressions; " + EXPECTED);
        }
        return parsed;
    }

    /**
     * @param expression one expression; surrounding white space is dropped and positions count from
     *                   its first other character.
     * @return the parsed, validated feature.
     * @throws FeatureExpressionException if it does not parse or does not fit the catalog.
     */
    public ParsedFeature parse(final String expression)
    {
        return new Cursor(expression.strip()).parse();
    }

    private final class Cursor
    {
        private final String text;
        private int index;

        Cursor(final String text)
        {
            this.text = text;
        }

        ParsedFeature parse()
        {
            if (text.isEmpty())
            {
                throw error(0, "an empty feature expression; " + EXPECTED);
            }
            final FeatureEntry entry = name();
            final double[] values = defaults(entry);
            final String expected;
            if (peek() == '(')
            {
                arguments(entry, values);
                expected = "'.', '@' or the end";
            }
            else
            {
                expected = entry.arguments().isEmpty() ? "'.', '@' or the end" : "'(', '.', '@' or the end";
            }
            int outputIndex = 0;
            if (peek() == '.')
            {
                outputIndex = output(entry);
            }
            Timeframe timeframe = Timeframe.TICK;
            TimeframeSource source = TimeframeSource.CONTEXT;
            final int timeframePosition = peek() == '@' ? index + 1 : 0;
            if (peek() == '@')
            {
                timeframe = timeframe();
                source = TimeframeSource.EXPLICIT;
            }
            if (index < text.length())
            {
                throw error(index, "unexpected '" + text.charAt(index) + "'; expected " + expected);
            }
            return new ParsedFeature(text, entry, new FeatureArguments(values), outputIndex, timeframe, source,
                timeframePosition);
        }

        private FeatureEntry name()
        {
            final int start = index;
            final String name = identifier();
            if (name.isEmpty())
            {
                final char first = text.charAt(start);
                final String hint = Character.isUpperCase(first) ? " (names are lower case)" : "";
                throw error(start, "expected a feature name, found '" + first + "'" + hint + "; " + EXPECTED);
            }
            final Optional<FeatureEntry> entry = catalog.find(name);
            if (entry.isEmpty())
            {
                final String suggestion = catalog.suggest(name).map(s -> "did you mean '" + s + "'? ").orElse("");
                throw error(start, "unknown feature '" + name + "'; " + suggestion + "known features: " +
                    String.join(", ", catalog.names()));
            }
            return entry.get();
        }

        private double[] defaults(final FeatureEntry entry)
        {
            final double[] values = new double[entry.arguments().size()];
            for (int i = 0; i < values.length; i++)
            {
                values[i] = entry.arguments().get(i).defaultValue();
            }
            return values;
        }

        private void arguments(final FeatureEntry entry, final double[] values)
        {
            final int open = index;
            index++;
            skipSpaces();
            if (peek() == ')')
            {
                throw error(open, "an empty argument list; drop the parentheses to use the defaults, e.g. " +
                    entry.name() + ", or give arguments: " + entry.signature());
            }
            int count = 0;
            while (true)
            {
                skipSpaces();
                argument(entry, values, count++);
                skipSpaces();
                if (peek() == ',')
                {
                    index++;
                }
                else if (peek() == ')')
                {
                    index++;
                    return;
                }
                else if (index >= text.length())
                {
                    throw error(index, "missing ')' to close the argument list opened at position " + (open + 1));
                }
                else
                {
                    throw error(index, "unexpected '" + text.charAt(index) + "'; expected ',' or ')'");
                }
            }
        }

        private void argument(final FeatureEntry entry, final double[] values, final int argumentIndex)
        {
            final int start = index;
            while (index < text.length() && ",) ".indexOf(text.charAt(index)) < 0)
            {
                index++;
            }
            final String token = text.substring(start, index);
            if (!NUMBER.matcher(token).matches())
            {
                throw error(start, (token.isEmpty() ? "a missing argument" : "'" + token + "' is not a number") +
                    "; arguments are numbers such as 20 or 2.5: " + entry.signature());
            }
            final List<ArgumentSpec> specs = entry.arguments();
            if (argumentIndex >= specs.size())
            {
                throw error(start, entry.name() + " takes " + (specs.isEmpty() ? "no arguments" :
                    "at most " + specs.size() + " argument" + (specs.size() == 1 ? "" : "s") + ": " +
                    entry.signature()) + "; got " + (argumentIndex + 1) + " or more");
            }
            final ArgumentSpec spec = specs.get(argumentIndex);
            if (spec.type() == ArgumentType.INT && token.indexOf('.') >= 0)
            {
                throw error(start, spec.name() + " must be " + allowed(spec) + ", got " + token);
            }
            final double value = Double.parseDouble(token);
            if (!spec.accepts(value))
            {
                throw error(start, spec.name() + " = " + token + " is out of range; " + spec.name() + " must be " +
                    allowed(spec));
            }
            values[argumentIndex] = value;
        }

        private String allowed(final ArgumentSpec spec)
        {
            return (spec.type() == ArgumentType.INT ? "an " : "a ") + spec.rangeText();
        }

        private int output(final FeatureEntry entry)
        {
            index++;
            final int start = index;
            final String output = identifier();
            final String known = entry.name() + " has: " + String.join(", ", entry.outputs());
            if (output.isEmpty())
            {
                throw error(start, "expected an output name after '.'; " + known);
            }
            final int outputIndex = entry.outputIndex(output);
            if (outputIndex < 0)
            {
                throw error(start, "'" + output + "' is not an output of " + entry.name() + "; " + known);
            }
            return outputIndex;
        }

        private Timeframe timeframe()
        {
            index++;
            final int start = index;
            final String name = text.substring(start);
            final Timeframe timeframe = Timeframe.fromConfigName(name);
            if (timeframe == null)
            {
                throw error(start, "'" + name + "' is not a timeframe; allowed: " +
                    Arrays.stream(Timeframe.values()).map(Timeframe::configName).collect(Collectors.joining(", ")));
            }
            index = text.length();
            return timeframe;
        }

        private String identifier()
        {
            final int start = index;
            if (index < text.length() && text.charAt(index) >= 'a' && text.charAt(index) <= 'z')
            {
                index++;
                while (index < text.length() && isIdentifierPart(text.charAt(index)))
                {
                    index++;
                }
            }
            return text.substring(start, index);
        }

        private boolean isIdentifierPart(final char c)
        {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        }

        private void skipSpaces()
        {
            while (index < text.length() && text.charAt(index) == ' ')
            {
                index++;
            }
        }

        private char peek()
        {
            return index < text.length() ? text.charAt(index) : '\0';
        }

        private FeatureExpressionException error(final int zeroBasedIndex, final String detail)
        {
            return new FeatureExpressionException(text, zeroBasedIndex + 1, detail);
        }
    }
}
