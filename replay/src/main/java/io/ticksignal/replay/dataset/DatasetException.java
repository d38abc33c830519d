package io.ticksignal.replay.dataset;

/**
 * A dataset cannot be built as asked: a bad label expression or class rule, a feature that does not fit the input,
 * or a result without rows. The message says what is wrong, where, and what to do. Set-up and end of run only.
 */
public final class DatasetException extends IllegalArgumentException
{
    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong and what to do.
     */
    public DatasetException(final String message)
    {
        super(message);
    }

    /**
     * @param message what is wrong and what to do.
     * @param cause   the underlying problem.
     */
    public DatasetException(final String message, final Throwable cause)
    {
        super(message, cause);
    }
}
