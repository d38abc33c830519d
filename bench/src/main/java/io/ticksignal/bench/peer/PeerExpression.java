package io.ticksignal.bench.peer;

/**
 * A feature expression such as {@code macd(12,26,9)} split into its name and numeric
 * arguments, so that peers build the same indicator with the same parameters as ours.
 */
final class PeerExpression
{
    final String name;
    private final double[] args;

    private PeerExpression(final String name, final double[] args)
    {
        this.name = name;
        this.args = args;
    }

    static PeerExpression parse(final String expression)
    {
        final int open = expression.indexOf('(');
        if (open < 0)
        {
            return new PeerExpression(expression.trim(), new double[0]);
        }
        final String[] parts = expression.substring(open + 1, expression.lastIndexOf(')')).split(",");
        final double[] args = new double[parts.length];
        for (int i = 0; i < parts.length; i++)
        {
            args[i] = Double.parseDouble(parts[i].trim());
        }
        return new PeerExpression(expression.substring(0, open).trim(), args);
    }

    int intArg(final int i)
    {
        return (int)args[i];
    }

    double doubleArg(final int i)
    {
        return args[i];
    }
}
