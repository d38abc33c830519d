package io.ticksignal.engine.feature.catalog;

import java.util.List;

/**
 * A feature's warm-up count as an arithmetic formula over its argument names, e.g. {@code n + 1},
 * {@code max(f, s) + sig - 1}, {@code n + floor(sqrt(n)) - 1}. The same text is shown in listings
 * and evaluated, so the documentation cannot drift from the number.
 * <p>
 * Grammar: numbers, argument names, {@code + - * /}, parentheses, and the functions
 * {@code max(a, b, ...)}, {@code min(a, b, ...)}, {@code floor(x)}, {@code sqrt(x)}; arithmetic in
 * double, the result must be a whole number. Configuration time only.
 */
public final class WarmUpFormula
{
    private final String text;
    private final List<String> argumentNames;

    /**
     * @param text          the formula.
     * @param argumentNames the entry's argument names, in order.
     */
    WarmUpFormula(final String text, final List<String> argumentNames)
    {
        this.text = text;
        this.argumentNames = List.copyOf(argumentNames);
    }

    /**
     * @return the formula as written, e.g. {@code n + 1}.
     */
    public String text()
    {
        return text;
    }

    /**
     * @param arguments the feature's arguments (values in the order of the names).
     * @return the warm-up count.
     * @throws IllegalArgumentException if the formula is malformed or names an unknown argument.
     */
    public int evaluate(final FeatureArguments arguments)
    {
        final Evaluation evaluation = new Evaluation(arguments);
        final double value = evaluation.expression();
        evaluation.skipSpaces();
        if (evaluation.position != text.length())
        {
            throw evaluation.error("unexpected '" + text.charAt(evaluation.position) + "'");
        }
        if (value != Math.rint(value))
        {
            throw evaluation.error("the result " + value + " is not a whole number");
        }
        return (int)value;
    }

    @Override
    public String toString()
    {
        return text;
    }

    private final class Evaluation
    {
        private final FeatureArguments arguments;
        private int position;

        Evaluation(final FeatureArguments arguments)
        {
            this.arguments = arguments;
        }

        double expression()
        {
            double value = term();
            while (true)
            {
                if (consume('+'))
                {
                    value += term();
                }
                else if (consume('-'))
                {
                    value -= term();
                }
                else
                {
                    return value;
                }
            }
        }

        private double term()
        {
            double value = factor();
            while (true)
            {
                if (consume('*'))
                {
                    value *= factor();
                }
                else if (consume('/'))
                {
                    value /= factor();
                }
                else
                {
                    return value;
                }
            }
        }

        private double factor()
        {
            skipSpaces();
            if (consume('-'))
            {
                return -factor();
            }
            if (consume('('))
            {
                final double value = expression();
                expect(')');
                return value;
            }
            final int start = position;
            if (position < text.length() && Character.isDigit(text.charAt(position)))
            {
                while (position < text.length() &&
                    (Character.isDigit(text.charAt(position)) || text.charAt(position) == '.'))
                {
                    position++;
                }
                return Double.parseDouble(text.substring(start, position));
            }
            while (position < text.length() &&
                (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_'))
            {
                position++;
            }
            if (start == position)
            {
                throw error("expected a number, a name or '('");
            }
            final String name = text.substring(start, position);
            skipSpaces();
            return position < text.length() && text.charAt(position) == '(' ? call(name) : variable(name);
        }

        private double variable(final String name)
        {
            final int index = argumentNames.indexOf(name);
            if (index < 0)
            {
                throw error("'" + name + "' is not an argument; arguments: " + argumentNames);
            }
            return arguments.doubleAt(index);
        }

        private double call(final String name)
        {
            expect('(');
            double value = expression();
            switch (name)
            {
                case "floor":
                    expect(')');
                    return Math.floor(value);
                case "sqrt":
                    expect(')');
                    return Math.sqrt(value);
                case "max":
                case "min":
                    while (consume(','))
                    {
                        final double next = expression();
                        value = "max".equals(name) ? Math.max(value, next) : Math.min(value, next);
                    }
                    expect(')');
                    return value;
                default:
                    throw error("unknown function '" + name + "'; functions: max, min, floor, sqrt");
            }
        }

        void skipSpaces()
        {
            while (position < text.length() && text.charAt(position) == ' ')
            {
                position++;
            }
        }

        private boolean consume(final char expected)
        {
            skipSpaces();
            if (position < text.length() && text.charAt(position) == expected)
            {
                position++;
                return true;
            }
            return false;
        }

        private void expect(final char expected)
        {
            if (!consume(expected))
            {
                throw error("expected '" + expected + "'");
            }
        }

        IllegalArgumentException error(final String message)
        {
            return new IllegalArgumentException(
                "warm-up formula '" + text + "', position " + (position + 1) + ": " + message);
        }
    }
}
