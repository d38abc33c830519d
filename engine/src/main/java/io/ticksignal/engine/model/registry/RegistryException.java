package io.ticksignal.engine.model.registry;

/**
 * A registry operation that cannot be done: an unknown model or version, a bundle that does not load or does not
 * match its directory, nothing to roll back, a file that cannot be read or written. The message names the
 * directory or file and says what to do.
 */
public final class RegistryException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    /**
     * @param message what, where, and what to do.
     * @param cause   the underlying failure, or null.
     */
    public RegistryException(final String message, final Throwable cause)
    {
        super(message, cause);
    }
}
