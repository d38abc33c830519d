package io.ticksignal.cli;

/**
 * A problem the user can fix (a missing file, bad input); the message says what went wrong,
 * where, and what to do. It ends the command with exit code {@value #EXIT_CODE}.
 */
final class UserErrorException extends RuntimeException
{
    static final int EXIT_CODE = 1;
    private static final long serialVersionUID = 1L;

    UserErrorException(final String message)
    {
        super(message);
    }

    UserErrorException(final String message, final Throwable cause)
    {
        super(message, cause);
    }
}
