package io.ticksignal.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The shape of a feature expression, {@code name(args).output@timeframe}, e.g. {@code sma(20)},
 * {@code rsi(14)@1m}, {@code macd(12,26,9).signal@5m}, {@code microprice}. Only the shape is
 * checked here (lower-case name, numeric arguments, known timeframe); whether the engine has an
 * indicator of that name and arity is for the engine's feature parser to say.
 *
 * @param name      indicator name, e.g. {@code macd}.
 * @param arguments numeric arguments as written, e.g. {@code [12, 26, 9]}; empty when none.
 * @param output    output name, e.g. {@code signal}; empty for the indicator's first output.
 * @param timeframe bar timeframe; {@link Timeframe#TICK} when the expression has no {@code @}.
 */
public record FeatureExpression(String name, List<String> arguments, Optional<String> output, Timeframe timeframe)
{
    private static final String IDENTIFIER = "[a-z][a-z0-9_]*";
    private static final Pattern SHAPE = Pattern.compile(
        "(" + IDENTIFIER + ")(?:\\(([^()]*)\\))?(?:\\.(" + IDENTIFIER + "))?(?:@(.*))?");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");
    private static final String EXPECTED =
        "expected name(args).output@timeframe, e.g. sma(20), rsi(14)@1m, macd(12,26,9).signal@5m";

    /**
     * Copies the argument list and checks that no component is null.
     */
    public FeatureExpression
    {
        Objects.requireNonNull(name, "name");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(timeframe, "timeframe");
    }

    /**
     * Parses the shape of an expression. Spaces after commas are allowed and dropped; an
     * explicit {@code @tick} is the same as no timeframe.
     *
     * @param text the expression, e.g. {@code macd(12, 26, 9).signal@5m}.
     * @return the parsed expression.
     * @throws IllegalArgumentException with a message saying what is wrong and what is allowed.
     */
    public static FeatureExpression parse(final String text)
    {
        final String trimmed = text.strip();
        if (trimmed.isEmpty())
        {
            throw new IllegalArgumentException("an empty feature expression; " + EXPECTED);
        }
        final Matcher matcher = SHAPE.matcher(trimmed);
        if (!matcher.matches())
        {
            final String hint = trimmed.chars().anyMatch(Character::isUpperCase) ?
                " (names are lower case)" : "";
            throw new IllegalArgumentException(
                "'" + trimmed + "' is not a feature expression" + hint + "; " + EXPECTED);
        }
        final List<String> arguments = arguments(trimmed, matcher.group(2));
        final Timeframe timeframe = timeframe(trimmed, matcher.group(4));
        return new FeatureExpression(matcher.group(1), arguments, Optional.ofNullable(matcher.group(3)), timeframe);
    }

    private static List<String> arguments(final String text, final String group)
    {
        if (group == null)
        {
            return List.of();
        }
        if (group.isBlank())
        {
            throw new IllegalArgumentException(
                "'" + text + "' has an empty argument list; drop the parentheses or give arguments, e.g. sma(20)");
        }
        final List<String> arguments = new ArrayList<>();
        for (final String argument : group.split(",", -1))
        {
            final String value = argument.strip();
            if (!NUMBER.matcher(value).matches())
            {
                throw new IllegalArgumentException(
                    "'" + text + "' has argument '" + value + "', which is not a number; " +
                    "arguments are numbers such as 20 or 2.5");
            }
            arguments.add(value);
        }
        return arguments;
    }

    private static Timeframe timeframe(final String text, final String group)
    {
        if (group == null)
        {
            return Timeframe.TICK;
        }
        final Timeframe timeframe = Timeframe.fromConfigName(group);
        if (timeframe == null)
        {
            throw new IllegalArgumentException("'" + text + "' has an unknown timeframe '" + group + "'; allowed: " +
                Arrays.stream(Timeframe.values()).map(Timeframe::configName).collect(Collectors.joining(", ")));
        }
        return timeframe;
    }

    /**
     * @return the canonical text, e.g. {@code macd(12,26,9).signal@5m}; no {@code @} for
     * {@link Timeframe#TICK}. Equal expressions have equal text.
     */
    public String expression()
    {
        final StringBuilder text = new StringBuilder(name);
        if (!arguments.isEmpty())
        {
            text.append('(').append(String.join(",", arguments)).append(')');
        }
        output.ifPresent(value -> text.append('.').append(value));
        if (timeframe != Timeframe.TICK)
        {
            text.append('@').append(timeframe.configName());
        }
        return text.toString();
    }

    @Override
    public String toString()
    {
        return expression();
    }
}
