package io.ticksignal.train;

/**
 * A problem the user can fix: a bad dataset (file:line:column), bad options, data a trainer cannot fit. The message
 * says what went wrong, where, and what to do.
 */
public final class TrainingException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    /**
     * @param message what, where, and what to do.
     */
    public TrainingException(final String message)
    {
        super(message);
    }

    /**
     * @param message what, where, and what to do.
     * @param cause   the underlying failure.
     */
    public TrainingException(final String message, final Throwable cause)
    {
        super(message, cause);
    }
}
