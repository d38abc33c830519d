package io.ticksignal.engine.feature.catalog;

/**
 * A feature expression that does not parse or does not fit the catalog, or a feature that does not
 * fit the input it is run on. The message reads {@code EXPRESSION: position N: DETAIL}, e.g.
 * {@code rsi(14).upper@1m: position 9: 'upper' is not an output of rsi; rsi has: value}; the parts
 * are available as fields. Positions are 1-based characters of the expression. Configuration time only.
 */
public final class FeatureExpressionException extends IllegalArgumentException
{
    private static final long serialVersionUID = 1L;

    private final String expression;
    private final int position;
    private final String detail;

    /**
     * @param expression the expression as given.
     * @param position   1-based character position of the problem (length + 1 for "at the end").
     * @param detail     what is wrong and what is allowed.
     */
    public FeatureExpressionException(final String expression, final int position, final String detail)
    {
        super(expression + ": position " + position + ": " + detail);
        this.expression = expression;
        this.position = position;
        this.detail = detail;
    }

    /**
     * @return the expression as given.
     */
    public String expression()
    {
        return expression;
    }

    /**
     * @return 1-based character position of the problem.
     */
    public int position()
    {
        return position;
    }

    /**
     * @return what is wrong and what is allowed, without the expression and position.
     */
    public String detail()
    {
        return detail;
    }
}
