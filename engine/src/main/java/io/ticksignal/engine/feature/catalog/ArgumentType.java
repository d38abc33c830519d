package io.ticksignal.engine.feature.catalog;

/**
 * The type of a feature argument as written in an expression.
 */
public enum ArgumentType
{
    /** A whole number such as {@code 20}; a decimal point is an error. */
    INT("integer"),
    /** A number such as {@code 2} or {@code 0.02}. */
    DOUBLE("number");

    private final String description;

    ArgumentType(final String description)
    {
        this.description = description;
    }

    /**
     * @return the word used in messages and listings, e.g. {@code integer}.
     */
    public String description()
    {
        return description;
    }
}
